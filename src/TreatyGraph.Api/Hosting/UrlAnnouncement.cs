using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TreatyGraph.Api.Http;

namespace TreatyGraph.Api.Hosting;

internal static class UrlAnnouncement
{
    /// <summary>Once listening, says where GraphQL is served, so the first run tells you what to open.</summary>
    public static WebApplication AnnounceUrls(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                if (app.Logger.IsEnabled(LogLevel.Information))
                {
                    app.Logger.LogInformation("TreatyGraph serves GraphQL at {GraphQLUrl}", address.TrimEnd('/') + GraphQLEndpointExtensions.Path);
                }
            }
        });
        return app;
    }
}
