using TreatyGraph.Ingestion;

namespace TreatyGraph.Api.Hosting;

internal static class StoreStartupRegistration
{
    /// <summary>Schema creation and seed loading before the server starts (hosted services start first).</summary>
    public static IHostApplicationBuilder AddStoreStartup(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateOnStart();
        builder.Services.AddIngestion(builder.Configuration);   // seed articles go through the ingestion pipeline
        builder.Services.AddSingleton<StoreReadiness>();
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddHostedService<StoreStartup>();
        return builder;
    }
}
