using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace TreatyGraph.Cli.Hosting;

/// <summary>
/// The services a command needs: configuration (appsettings.json beside the tool and in the working directory,
/// then environment variables such as <c>Graph__Provider</c> and <c>Sqlite__Path</c>), Serilog writing to stderr
/// (stdout is for results), and the configured store.
/// </summary>
internal static class CliHost
{
    public static IHost Build() => Build([]);

    /// <summary><paramref name="settings"/> override every other source; tests use them instead of the environment.</summary>
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Environment.CurrentDirectory,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings);

        builder.Logging.ClearProviders();
        builder.Services.AddSerilog((_, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddGraphStore(builder.Configuration);
        return builder.Build();
    }
}
