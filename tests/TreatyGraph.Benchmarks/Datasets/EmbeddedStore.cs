using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Benchmarks.Datasets;

/// <summary>The embedded SQLite store over one database file, built the way the hosts build it (its own DI registration).</summary>
internal sealed class EmbeddedStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EmbeddedStore(ServiceProvider services)
    {
        _services = services;
        Store = services.GetRequiredService<IGraphStore>();
    }

    public IGraphStore Store { get; }

    public static async Task<EmbeddedStore> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sqlite:Path"] = databasePath })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSqliteGraphStore(configuration).BuildServiceProvider();
        var store = new EmbeddedStore(services);
        await store.Store.InitializeAsync(cancellationToken);
        return store;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
