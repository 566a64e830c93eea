using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Contract.Building;

namespace TreatyGraph.Storage.Contract;

/// <summary>Base of the read contracts: the class's store holds <see cref="ContractGraph"/>.</summary>
public abstract class SeededContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : StoreFixture
{
    protected IGraphStore Store => fixture.Store;

    protected static GraphBatch Graph => ContractGraph.Batch;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public virtual ValueTask InitializeAsync() => new(fixture.SeedAsync(ContractGraph.Batch));

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
