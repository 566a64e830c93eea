using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Contract;
using TreatyGraph.Storage.Neo4j.Tests.Http;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// The contract's fresh store, on the one real test server: emptied for each test class. Classes that use it
/// are in the <see cref="OneRealNeo4j"/> collection, so no two run at once. Without a server the fixture
/// hands out a stand-in that is never queried: each test then skips (or fails under CI) in
/// <see cref="RequiresNeo4jAttribute"/>, which a failing fixture could not do.
/// </summary>
public sealed class Neo4jStoreFixture : StoreFixture
{
    private Neo4jStores? _stores;

    protected override async Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken)
    {
        _stores = Neo4jTestServer.WhyUnavailable is null
            ? await Neo4jStores.OnTestServerAsync()
            : FakeServerStore.Create(new FakeNeo4j()
                .On(HttpMethod.Get, "/", Fixtures.Root3)
                .On(HttpMethod.Get, "/db/data/", Fixtures.Data3)
                .On(HttpMethod.Post, "/db/data/transaction/commit", r => FakeNeo4j.Json(Fixtures.EmptyResults(r.Statements.Count))));
        return _stores.Store;
    }

    protected override async ValueTask DeleteStoreAsync()
    {
        if (_stores is not null)
        {
            await _stores.DisposeAsync();
        }
    }
}
