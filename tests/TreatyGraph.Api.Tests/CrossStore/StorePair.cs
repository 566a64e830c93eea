using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.CrossStore;

/// <summary>
/// The same API twice, on SQLite and on Neo4j, each loaded with the seed graph at start. The Neo4j side
/// empties the test server first and keeps it (<see cref="Neo4jTestLock"/>) until the class is done; without
/// a server there is no Neo4j side and the tests skip.
/// </summary>
public sealed class StorePair : IAsyncLifetime
{
    private Neo4jStores? _server;

    public TreatyGraphApi Sqlite { get; } = new();

    public Neo4jApi? Neo4j { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Neo4jTestServer.WhyUnavailable is null)
        {
            _server = await Neo4jStores.OnTestServerAsync();
            Neo4j = new Neo4jApi();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Sqlite.DisposeAsync();
        if (Neo4j is not null)
        {
            await Neo4j.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
