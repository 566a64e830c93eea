using System.Net;
using System.Net.Sockets;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Storage.Neo4j.Tests.Http;

public sealed class ErrorMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClientErrorsSentWith200BecomeAClientFailureNamingTheCode()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", Fixtures.SyntaxError);
        await using var stores = FakeServerStore.Create(fake);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetStatsAsync(Ct));

        Assert.Equal(Neo4jFailure.Client, error.Failure);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'X'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedCredentialsSayWhichUserAndWhatToCheck()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", Fixtures.Unauthorized, HttpStatusCode.Unauthorized);
        await using var stores = FakeServerStore.Create(fake);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetStatsAsync(Ct));

        Assert.Equal(Neo4jFailure.Authentication, error.Failure);
        Assert.Contains("user 'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A401WithoutJsonIsStillAnAuthenticationFailure()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", _ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        await using var stores = FakeServerStore.Create(fake);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetStatsAsync(Ct));

        Assert.Equal(Neo4jFailure.Authentication, error.Failure);
    }

    [Fact]
    public async Task AnUnreachableServerIsNamedInTheError()
    {
        var uri = $"http://127.0.0.1:{ClosedPort()}";
        await using var stores = Neo4jStores.Create(uri, settings: new Dictionary<string, string?> { ["Neo4j:MaxRetries"] = "1" });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.InitializeAsync(Ct));

        Assert.Equal(Neo4jFailure.Unavailable, error.Failure);
        Assert.Contains(uri + "/", error.Message, StringComparison.Ordinal);
        Assert.Contains("not reachable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProxyErrorPageIsADatabaseFailureNotAParseCrash()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", Fixtures.Root5Tx)
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", "<html>Bad gateway</html>", HttpStatusCode.BadGateway, "text/html");
        await using var stores = FakeServerStore.Create(fake, maxRetries: 0);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetStatsAsync(Ct));

        Assert.Equal(Neo4jFailure.Database, error.Failure);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
