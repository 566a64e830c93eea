using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Storage.Neo4j;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Hosting;

internal static class GraphStoreRegistration
{
    /// <summary>Registers the store named by <c>Graph:Provider</c>; an unknown or unavailable provider is a configuration error.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()?.Provider ?? GraphOptions.Sqlite;
        if (string.Equals(provider, GraphOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSqliteGraphStore(configuration);
        }

        if (string.Equals(provider, GraphOptions.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddNeo4jGraphStore(configuration);
        }

        throw new CliConfigurationException($"Graph:Provider '{provider}' is unknown; expected '{GraphOptions.Sqlite}' or '{GraphOptions.Neo4j}'.");
    }
}
