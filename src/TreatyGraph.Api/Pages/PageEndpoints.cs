using TreatyGraph.Api.Http;

namespace TreatyGraph.Api.Pages;

/// <summary>
/// The pages (plain HTML, CSS and JavaScript in wwwroot) and the browser libraries the build copies into wwwroot/lib:
/// <c>/</c> search and entities, <c>/timeline</c>, <c>/connections</c>, and GraphiQL for browsers at <c>/graphql</c>.
/// Every page is served with a Content-Security-Policy that allows requests to this server only, so no page can
/// reach a CDN even by accident.
/// </summary>
internal static class PageEndpoints
{
    /// <summary>Only this server; inline styles because TimelineJS, cytoscape and GraphiQL position things with them.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public static IHostApplicationBuilder AddPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PageFiles>();
        builder.Services.AddSingleton<IGraphQLBrowserPage, GraphiQLPage>();
        return builder;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapGet("/", (PageFiles pages, HttpContext context) => pages.SendAsync(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/timeline", (PageFiles pages, HttpContext context) => pages.SendAsync(context, "timeline.html")).ExcludeFromDescription();
        app.MapGet("/connections", (PageFiles pages, HttpContext context) => pages.SendAsync(context, "connections.html")).ExcludeFromDescription();
        return app;
    }
}
