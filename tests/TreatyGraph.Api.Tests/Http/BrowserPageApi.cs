using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Http;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Http;

/// <summary>The API with a stand-in explorer page, as GraphiQL will register one.</summary>
public sealed class BrowserPageApi : TreatyGraphApi
{
    public const string Marker = "<title>explorer stand-in</title>";

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IGraphQLBrowserPage, StandInPage>();

    private sealed class StandInPage : IGraphQLBrowserPage
    {
        public async Task WriteAsync(HttpContext context, CancellationToken cancellationToken)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Marker, cancellationToken);
        }
    }
}
