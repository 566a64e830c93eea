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
        };

    /// <summary>Registers the configured store; an unknown provider fails the start saying which exist.</summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        // The provider decides which services exist, so it is read now, not when options are first resolved.
        var provider = builder.Configuration[$"{GraphOptions.Section}:{nameof(GraphOptions.Provider)}"] ?? Sqlite;
        builder.Services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o => Registrations.ContainsKey(o.Provider),
                $"Graph:Provider is '{provider}'; this build offers {string.Join(", ", Registrations.Keys)}.")
            .ValidateOnStart();
        if (Registrations.TryGetValue(provider, out var register))
        {
            register(builder.Services, builder.Configuration);
        }

        return builder;
    }
}
