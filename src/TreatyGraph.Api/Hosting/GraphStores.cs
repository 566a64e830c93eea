using Microsoft.Extensions.Options;
using TreatyGraph.Storage.Neo4j;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Api.Hosting;

/// <summary>
/// The stores the API can run on, by <c>Graph:Provider</c>. Each entry registers <c>IGraphStore</c> and its
/// validated options; adding a store is one line here.
/// </summary>
internal static class GraphStores
{
    public const string Sqlite = "Sqlite";

    public const string Neo4j = "Neo4j";

    public static readonly IReadOnlyDictionary<string, Action<IServiceCollection, IConfiguration>> Registrations =
        new Dictionary<string, Action<IServiceCollection, IConfiguration>>(StringComparer.OrdinalIgnoreCase)
        {
            [Sqlite] = (services, configuration) => services.AddSqliteGraphStore(configuration),
            [Neo4j] = (services, configuration) => services.AddNeo4jGraphStore(configuration),
        };

    /// <summary>Registers the configured store; an unknown provider stops the start saying which stores exist.</summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The provider decides which services exist, so it is checked now rather than when options are resolved.
        var provider = builder.Configuration[$"{GraphOptions.Section}:{nameof(GraphOptions.Provider)}"] ?? Sqlite;
        if (!Registrations.TryGetValue(provider, out var register))
        {
            throw new OptionsValidationException(
                GraphOptions.Section,
                typeof(GraphOptions),
                [$"Graph:Provider is '{provider}'; this build offers {string.Join(", ", Registrations.Keys)}."]);
        }

        register(builder.Services, builder.Configuration);
        return builder;
    }
}
