using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TreatyGraph.Ingestion.Pipeline;
using TreatyGraph.Ingestion.Seeding;

namespace TreatyGraph.Ingestion;

/// <summary>Registers the ingestion pipeline.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IngestionService"/> (a singleton; it links against the registered <c>IGraphStore</c> when there
    /// is one) with <see cref="IngestionOptions"/> bound from <c>Ingestion</c> and validated on start, and
    /// <see cref="GraphSeeder"/>, which needs a registered <c>IGraphStore</c>.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IngestionService>();
        services.TryAddSingleton<GraphSeeder>();
        return services;
    }
}
