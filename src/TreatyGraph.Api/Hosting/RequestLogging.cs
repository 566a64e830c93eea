using Serilog;
using Serilog.Events;

namespace TreatyGraph.Api.Hosting;

internal static class RequestLogging
{
    /// <summary>Serilog for everything, from the <c>Serilog</c> section of configuration.</summary>
    public static IHostApplicationBuilder AddRequestLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>
    /// One structured event per request: method, path, status, elapsed time, and for GraphQL the operation's
    /// name and type and the number of errors (set by the endpoint). Probes log at Debug.
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz") ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }
}
