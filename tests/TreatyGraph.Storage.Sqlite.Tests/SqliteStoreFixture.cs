using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Contract;

namespace TreatyGraph.Storage.Sqlite.Tests;

/// <summary>A fresh database file per test class, deleted after it.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly TempDatabase _database = new();
    private SqliteGraphStore? _store;

    protected override Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken)
    {
        _store = _database.OpenStore();
        return Task.FromResult<IGraphStore>(_store);
    }

    protected override ValueTask DeleteStoreAsync()
    {
        _store?.Dispose();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
