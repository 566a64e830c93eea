using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Stores;

/// <summary>A store opened from a <see cref="StoreLocation"/>, configured as the API would configure it.</summary>
internal sealed class OpenStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private OpenStore(StoreLocation location, ServiceProvider services)
    {
        Location = location;
        _services = services;
    }

    public StoreLocation Location { get; }

    public IGraphStore Store => _services.GetRequiredService<IGraphStore>();

    public static async Task<OpenStore> OpenAsync(StoreLocation location, Neo4jCredentials neo4j, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(neo4j);
        var settings = new Dictionary<string, string?>();
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        if (location.Provider == StoreProvider.Neo4j)
        {
            var credentials = neo4j.OrEnvironment();
            settings["Neo4j:Uri"] = location.Target;
            settings["Neo4j:User"] = credentials.User;
            settings["Neo4j:Password"] = credentials.Password;
            settings["Neo4j:Database"] = credentials.Database ?? "neo4j";
            services.AddNeo4jGraphStore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        }
        else
        {
            settings["Sqlite:Path"] = location.Target;
            services.AddSqliteGraphStore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        }

        var open = new OpenStore(location, services.BuildServiceProvider(validateScopes: true));
        await open.Store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return open;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
