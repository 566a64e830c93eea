using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Storage.Neo4j.Tests.RealServer;

/// <summary>The curated seed graph in Neo4j: everything goes in, and reads give back what went in.</summary>
[Collection(OneRealNeo4j.Name)]
public sealed class SeedGraphTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSeedGraphLoadsWhollyAndReadsBackUnchanged()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        var seed = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), Ct);

        var first = await stores.Store.ApplyAsync(seed, Ct);
        var second = await stores.Store.ApplyAsync(seed, Ct);

        Assert.Equal(seed.Entities.Count, first.Entities.Created);
        Assert.True(second.IsNoOp);
        var stats = await stores.Store.GetStatsAsync(Ct);
        Assert.Equal(
            new GraphStats(seed.Entities.Count, seed.Events.Count, seed.Relations.Count, seed.Articles.Count, seed.Events.Sum(e => e.Evidence.Count) + seed.Relations.Sum(r => r.Evidence.Count)),
            stats);
        var events = await stores.Store.ScanEventsAsync(null, Ct).ToListAsync(Ct);
        Assert.Equal(seed.Events.OrderBy(e => e.Id, StringComparer.Ordinal).Select(Same.Of), events.Select(Same.Of));
        var relations = await stores.Store.ScanRelationsAsync(null, Ct).ToListAsync(Ct);
        Assert.Equal(seed.Relations.OrderBy(r => r.Id, StringComparer.Ordinal).Select(Same.Of), relations.Select(Same.Of));
    }
}
