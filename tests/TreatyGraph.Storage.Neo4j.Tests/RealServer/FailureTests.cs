using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Storage.Neo4j.Tests.RealServer;

/// <summary>What the store does when the real server refuses it or the connection fails mid-batch.</summary>
[Collection(OneRealNeo4j.Name)]
public sealed class FailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWrongPasswordIsAnAuthenticationFailure()
    {
        Neo4jTestServer.Require();
        await using var stores = Neo4jStores.Create(Neo4jTestServer.Uri, Neo4jTestServer.User, "not-the-password");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => stores.Store.GetStatsAsync(Ct));

        Assert.Equal(Neo4jFailure.Authentication, error.Failure);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains($"user '{Neo4jTestServer.User}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABatchCutOffMidWayIsWhollyAppliedOrNotAtAll(bool cutWhileSending)
    {
        var mode = cutWhileSending ? DroppingProxy.DropMode.WhileSending : DroppingProxy.DropMode.BeforeAnswer;
        await using var direct = await Neo4jStores.OnTestServerAsync();
        var batch = GeneratedGraph.Create(entities: 600);
        await using var proxy = new DroppingProxy(new Uri(Neo4jTestServer.Uri), mode, largeBytes: 64 * 1024);
        await using var cut = Neo4jStores.Create(
            proxy.Uri,
            Neo4jTestServer.User,
            Neo4jTestServer.Password,
            http => http.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero }),
            new Dictionary<string, string?> { ["Neo4j:MaxRetries"] = "1" });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => cut.Store.ApplyAsync(batch, Ct));

        Assert.True(proxy.Dropped > 0);
        Assert.Equal(Neo4jFailure.Unavailable, error.Failure);
        Assert.Contains($"a batch of {batch.Count} items", error.Message, StringComparison.Ordinal);
        Assert.Contains("whole or not at all", error.Message, StringComparison.Ordinal);
        var stats = await direct.Store.GetStatsAsync(Ct);
        var whole = new GraphStats(batch.Entities.Count, batch.Events.Count, batch.Relations.Count, 0, batch.Events.Count + batch.Relations.Count);
        Assert.True(stats == whole || stats == new GraphStats(0, 0, 0, 0, 0), $"half-written: {stats}");
        if (mode == DroppingProxy.DropMode.WhileSending)
        {
            Assert.Equal(new GraphStats(0, 0, 0, 0, 0), stats);
        }

        // Whatever happened, applying the batch again completes it.
        await direct.Store.ApplyAsync(batch, Ct);
        Assert.Equal(whole, await direct.Store.GetStatsAsync(Ct));
    }
}
