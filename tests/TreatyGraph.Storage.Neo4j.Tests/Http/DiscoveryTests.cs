using System.Net;

namespace TreatyGraph.Storage.Neo4j.Tests.Http;

public sealed class DiscoveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Neo4j3UsesTheDataTransactionEndpointAndAssertConstraints()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root3)
            .On(HttpMethod.Get, "/db/data/", Fixtures.Data3)
            .On(HttpMethod.Post, "/db/data/transaction/commit", Fixtures.EmptyCommit);
        await using var stores = FakeServerStore.Create(fake, database: "ignored-on-3x");

        await stores.Store.InitializeAsync(Ct);

        var ddl = fake.To("/db/data/transaction/commit").SelectMany(r => r.Statements).ToArray();
        Assert.Equal(4, ddl.Length);
        Assert.Contains("CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE", ddl);
        Assert.Equal(new Version(3, 1), (await stores.Client.GetServerAsync(Ct)).Version);
        Assert.All(fake.Requests.Where(r => r.Path != "/"), r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neo4j44UsesTheDatabaseTxEndpointAndRequireConstraints()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root44)
            .On(HttpMethod.Post, "/db/graph/tx/commit", Fixtures.EmptyCommit);
        await using var stores = FakeServerStore.Create(fake, database: "graph");

        await stores.Store.InitializeAsync(Ct);

        var ddl = fake.To("/db/graph/tx/commit").SelectMany(r => r.Statements).ToArray();
        Assert.Contains("CREATE CONSTRAINT treatygraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE", ddl);

        // The root names "localhost"; requests still go to the configured host.
        Assert.All(fake.Requests, r => Assert.StartsWith(FakeServerStore.Uri, r.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neo4j5WithoutQueryApiUsesTheTxEndpoint()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", Fixtures.EmptyCommit);
        await using var stores = FakeServerStore.Create(fake);

        var found = await stores.Store.GetEntitiesAsync(["country:japan"], Ct);

        Assert.Empty(found);
        Assert.Single(fake.To("/db/neo4j/tx/commit"));
    }

    [Fact]
    public async Task Neo4j519UsesTheQueryApiForOneStatement()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root519)
            .On(HttpMethod.Post, "/db/neo4j/query/v2", """{ "data": { "fields": ["n.id", "n.doc"], "values": [] }, "bookmarks": [] }""", HttpStatusCode.Accepted, "application/vnd.neo4j.query.v1.1");
        await using var stores = FakeServerStore.Create(fake);

        await stores.Store.GetEntitiesAsync(["country:japan"], Ct);

        var request = Assert.Single(fake.To("/db/neo4j/query/v2"));
        Assert.Equal(["country:japan"], request.Body!.Value.GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(v => v.GetString()));
        Assert.Empty(fake.To("/db/neo4j/tx/commit"));
    }

    [Fact]
    public async Task QueryApiRunsSeveralStatementsInOneExplicitTransaction()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root519)
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx", _ => Affine(TypedCount(1, withTransaction: true)))
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU", _ => FakeNeo4j.Json(TypedCount(2, withTransaction: true), HttpStatusCode.Accepted, "application/vnd.neo4j.query.v1.1"))
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU/commit", """{ "bookmarks": ["FB:x"] }""");
        await using var stores = FakeServerStore.Create(fake);

        var stats = await stores.Store.GetStatsAsync(Ct);

        Assert.Equal(new Core.Graph.GraphStats(1, 2, 2, 2, 2), stats);
        Assert.Equal(4, fake.To("/db/neo4j/query/v2/tx/lyU").Count());
        Assert.Single(fake.To("/db/neo4j/query/v2/tx/lyU/commit"));
        Assert.All(fake.Requests.Where(r => r.Path.StartsWith("/db/neo4j/query/v2/tx/", StringComparison.Ordinal)), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Affinity));
    }

    [Fact]
    public async Task QueryApiRollsBackWhenAStatementOfTheTransactionFails()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root519)
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx", _ => Affine(TypedCount(1, withTransaction: true)))
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU", """{ "errors": [ { "code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input" } ] }""", HttpStatusCode.BadRequest)
            .On(HttpMethod.Delete, "/db/neo4j/query/v2/tx/lyU", """{ "data": { "fields": [], "values": [] } }""");
        await using var stores = FakeServerStore.Create(fake);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetStatsAsync(Ct));

        Assert.Equal(Neo4jFailure.Client, error.Failure);
        Assert.Single(fake.Requests, r => r.Method == HttpMethod.Delete);
        Assert.Empty(fake.To("/db/neo4j/query/v2/tx/lyU/commit"));
    }

    [Fact]
    public async Task AnAnswerWithoutAnyEndpointIsReportedAsNotNeo4j()
    {
        var fake = new FakeNeo4j().On(HttpMethod.Get, "/", """{ "hello": "world" }""");
        await using var stores = FakeServerStore.Create(fake);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.InitializeAsync(Ct));

        Assert.Equal(Neo4jFailure.Protocol, error.Failure);
        Assert.Contains(FakeServerStore.Uri, error.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Affine(string json)
    {
        var response = FakeNeo4j.Json(json, HttpStatusCode.Accepted, "application/vnd.neo4j.query.v1.1");
        response.Headers.Add("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ=");
        return response;
    }

    private static string TypedCount(long n, bool withTransaction) =>
        $$"""
        {
          "data": { "fields": ["count(n)"], "values": [[ { "$type": "Integer", "_value": "{{n}}" } ]] },
          "bookmarks": []{{(withTransaction ? """, "transaction": { "id": "lyU", "expires": "2024-10-22T15:48:29Z" }""" : "")}}
        }
        """;
}
