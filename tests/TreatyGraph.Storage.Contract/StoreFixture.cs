using TreatyGraph.Core.Graph;

namespace TreatyGraph.Storage.Contract;

/// <summary>
/// A fresh, empty, initialized store for one test class (use it as a class fixture). Each store under
/// contract derives one that knows how to make and remove its store.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private GraphBatch? _seeded;
    private IGraphStore? _store;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        _store = await CreateStoreAsync(TestContext.Current.CancellationToken);
        await _store.InitializeAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await DeleteStoreAsync();
        _seeding.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Applies <paramref name="batch"/> once for the whole class, however many tests ask.</summary>
    public async Task SeedAsync(GraphBatch batch)
    {
        await _seeding.WaitAsync();
        try
        {
            if (_seeded is null)
            {
                await Store.ApplyAsync(batch, TestContext.Current.CancellationToken);
                _seeded = batch;
            }
            else if (!ReferenceEquals(_seeded, batch))
            {
                throw new InvalidOperationException("A fixture's store is seeded with one graph only.");
            }
        }
        finally
        {
            _seeding.Release();
        }
    }

    /// <summary>Makes an empty store (not yet initialized) that no other test class uses.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken);

    /// <summary>Removes the store made by <see cref="CreateStoreAsync"/> (its file, its data).</summary>
    protected abstract ValueTask DeleteStoreAsync();
}
