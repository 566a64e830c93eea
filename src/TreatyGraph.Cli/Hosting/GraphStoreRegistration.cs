using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

        // The Neo4j store registers here (AddNeo4jGraphStore) once it is part of the build.
        throw new CliConfigurationException(string.Equals(provider, GraphOptions.Neo4j, StringComparison.OrdinalIgnoreCase)
            ? $"Graph:Provider '{provider}' is not available in this build yet; use '{GraphOptions.Sqlite}'."
            : $"Graph:Provider '{provider}' is unknown; expected '{GraphOptions.Sqlite}' or '{GraphOptions.Neo4j}'.");
    }
}
