using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite;

[assembly: AssemblyFixture(typeof(TreatyGraph.Exports.Tests.Fixtures.SeedStore))]

namespace TreatyGraph.Exports.Tests.Fixtures;

/// <summary>
/// The repository's seed-data loaded into a fresh SQLite store in a temporary folder, once for the assembly (the
/// export tests only read). <see cref="Batch"/> is what was loaded, for comparing exports against.
/// </summary>
public sealed class SeedStore : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "treatygraph-exports-tests", Guid.NewGuid().ToString("N"));
    private SqliteGraphStore? _store;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("not initialized");

    public GraphBatch Batch { get; private set; } = GraphBatch.Empty;

    public async ValueTask InitializeAsync()
    {
        _store = new SqliteGraphStore(
            Options.Create(new SqliteOptions { Path = Path.Combine(_folder, "seed.db") }),
            NullLogger<SqliteGraphStore>.Instance);
        await _store.InitializeAsync(CancellationToken.None);
        Batch = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), CancellationToken.None);
        await _store.ApplyAsync(Batch, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        _store?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
