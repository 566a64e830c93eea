using System.Net;

namespace TreatyGraph.Storage.Neo4j.Tests.Http;

public sealed class RetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServiceUnavailableIsRetriedUntilItAnswers()
    {
        var calls = 0;
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", _ => ++calls < 3
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : FakeNeo4j.Json(Fixtures.EmptyCommit));
        await using var stores = FakeServerStore.Create(fake);

        await stores.Store.GetEntitiesAsync(["country:japan"], Ct);

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task TransientErrorsInsideA200AreRetried()
    {
        var calls = 0;
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", _ => FakeNeo4j.Json(++calls == 1 ? Fixtures.Deadlock : Fixtures.EmptyCommit));
        await using var stores = FakeServerStore.Create(fake);

        await stores.Store.GetEntitiesAsync(["country:japan"], Ct);

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task ClientErrorsAreNotRetried()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", Fixtures.SyntaxError);
        await using var stores = FakeServerStore.Create(fake);

        await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetEntitiesAsync(["country:japan"], Ct));

        Assert.Single(fake.To("/db/neo4j/tx/commit"));
    }

    [Fact]
    public async Task AuthenticationFailuresAreNotRetried()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", Fixtures.Unauthorized, HttpStatusCode.Unauthorized);
        await using var stores = FakeServerStore.Create(fake);

        await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetEntitiesAsync(["country:japan"], Ct));

        Assert.Single(fake.To("/db/neo4j/tx/commit"));
    }

    [Fact]
    public async Task RetriesRunOutWithATransientFailure()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", Fixtures.Deadlock);
        await using var stores = FakeServerStore.Create(fake, maxRetries: 2);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetEntitiesAsync(["country:japan"], Ct));

        Assert.Equal(Neo4jFailure.Transient, error.Failure);
        Assert.Equal(3, fake.To("/db/neo4j/tx/commit").Count());
    }
}
