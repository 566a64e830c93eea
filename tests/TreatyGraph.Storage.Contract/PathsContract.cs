using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using static TreatyGraph.Storage.Contract.Building.ContractGraph;

namespace TreatyGraph.Storage.Contract;

/// <summary>Connections between entities: k shortest simple paths, each hop a stored fact with evidence.</summary>
public abstract class PathsContract<TFixture>(TFixture fixture) : SeededContract<TFixture>(fixture)
    where TFixture : StoreFixture
{
    [Fact]
    public async Task AbeReachesTheHabomaiIslandsThroughFactsWithEvidence()
    {
        var paths = await Store.FindPathsAsync(new PathQuery(Abe, Habomai, MaxHops: 3, First: 5), Cancel);

        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            await AssertIsAPathAsync(path, Abe, Habomai);
        }
    }

    [Fact]
    public async Task PathsComeShortestFirstThenByTheirEntityIds()
    {
        var paths = await Store.FindPathsAsync(new PathQuery(Japan, Russia, MaxHops: 3, First: 20), Cancel);

        Assert.True(paths.Count > 1);
        var keys = paths.Select(p => (p.Length, Ids: string.Join('|', Entities(p)))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Length).ThenBy(k => k.Ids, StringComparer.Ordinal), keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(1, paths[0].Length);
    }

    [Fact]
    public async Task NoPathVisitsAnEntityTwiceOrExceedsMaxHops()
    {
        var paths = await Store.FindPathsAsync(new PathQuery(Putin, Shikotan, MaxHops: 4, First: 30), Cancel);

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.InRange(p.Length, 1, 4));
        Assert.All(paths, p => Assert.Equal(p.Length + 1, Entities(p).Distinct().Count()));
    }

    [Fact]
    public async Task FirstLimitsThePathsAndKeepsTheShortest()
    {
        var many = await Store.FindPathsAsync(new PathQuery(Japan, Russia, MaxHops: 3, First: 20), Cancel);
        var few = await Store.FindPathsAsync(new PathQuery(Japan, Russia, MaxHops: 3, First: 3), Cancel);

        Assert.Equal(many.Take(3).Select(Entities).Select(e => string.Join('|', e)), few.Select(Entities).Select(e => string.Join('|', e)));
    }

    [Fact]
    public async Task EveryHopIsAStoredFactJoiningItsTwoEntities()
    {
        var paths = await Store.FindPathsAsync(new PathQuery(Hatoyama, Putin, MaxHops: 4, First: 10), Cancel);

        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            await AssertIsAPathAsync(path, Hatoyama, Putin);
        }
    }

    [Fact]
    public async Task AsOfLeavesOutFactsThatDidNotHoldThen()
    {
        var asOf1960 = await Store.FindPathsAsync(new PathQuery(Russia, Kunashir, MaxHops: 1, AsOf: FuzzyDate.Parse("1960")), Cancel);
        var asOf2000 = await Store.FindPathsAsync(new PathQuery(Russia, Kunashir, MaxHops: 1, AsOf: FuzzyDate.Parse("2000")), Cancel);

        Assert.Empty(asOf1960);
        Assert.Single(asOf2000);
    }

    [Fact]
    public async Task EventsLaterThanAsOfAreNotHops()
    {
        var before = await Store.FindPathsAsync(new PathQuery(Abe, Putin, MaxHops: 1, AsOf: FuzzyDate.Parse("2017")), Cancel);
        var after = await Store.FindPathsAsync(new PathQuery(Abe, Putin, MaxHops: 1, AsOf: FuzzyDate.Parse("2018-11")), Cancel);

        Assert.Empty(before);
        Assert.Equal(Singapore2018, Assert.Single(after).Steps[0].EventId);
    }

    [Fact]
    public async Task UnconnectedOrUnknownEntitiesHaveNoPaths()
    {
        Assert.Empty(await Store.FindPathsAsync(new PathQuery(Abe, "person:nobody"), Cancel));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery(Abe, GeneratedPersons[0], MaxHops: 2), Cancel));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(PathQuery.MaxHopsCap + 1)]
    public async Task MaxHopsOutsideItsRangeIsRejected(int maxHops)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindPathsAsync(new PathQuery(Abe, Habomai, maxHops), Cancel));
    }

    [Fact]
    public async Task ExpandLinksAnEntityToItsRelationsAndToEveryoneAtItsEvents()
    {
        var links = await Store.ExpandAsync([Hatoyama], null, Cancel);
        var neighbours = links.Where(l => l.FromId == Hatoyama).Select(l => l.ToId).ToHashSet();

        var expected = Graph.Relations.Where(r => r.FromId == Hatoyama).Select(r => r.ToId)
            .Concat(Graph.Relations.Where(r => r.ToId == Hatoyama).Select(r => r.FromId))
            .Concat(Graph.Events.Where(e => e.InvolvedEntityIds().Contains(Hatoyama)).SelectMany(e => e.InvolvedEntityIds()))
            .Where(id => id != Hatoyama)
            .ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), neighbours.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheNeighbourhoodHoldsTheNearestEntitiesAndTheLinksBetweenThem()
    {
        var hood = await Store.GetNeighbourhoodAsync(Kunashir, 1, null, 10, Cancel);

        Assert.Equal(Kunashir, hood.Entities[0].Id);
        Assert.Contains(hood.Entities, e => e.Id == Japan);
        Assert.Contains(hood.Entities, e => e.Id == SovietUnion);
        var ids = hood.Entities.Select(e => e.Id).ToHashSet();
        Assert.All(hood.Links, l => Assert.True(ids.Contains(l.FromId) && ids.Contains(l.ToId)));
        Assert.Contains(hood.Links, l => (l.FromId, l.ToId) is (Russia, SovietUnion) or (SovietUnion, Russia));
    }

    [Fact]
    public async Task TheNeighbourhoodStopsAtItsLimit()
    {
        var hood = await Store.GetNeighbourhoodAsync(Japan, 2, null, 5, Cancel);

        Assert.Equal(5, hood.Entities.Count);
        Assert.Equal(Japan, hood.Entities[0].Id);
    }

    private static List<string> Entities(GraphPath path) => [path.Steps[0].FromId, .. path.Steps.Select(s => s.ToId)];

    private async Task AssertIsAPathAsync(GraphPath path, string from, string to)
    {
        Assert.Equal(from, path.Steps[0].FromId);
        Assert.Equal(to, path.Steps[^1].ToId);
        for (var i = 1; i < path.Steps.Count; i++)
        {
            Assert.Equal(path.Steps[i - 1].ToId, path.Steps[i].FromId);
        }

        var relations = await Store.GetRelationsByIdAsync([.. path.Steps.Where(s => s.RelationId is not null).Select(s => s.RelationId!)], Cancel);
        var events = await Store.GetEventsAsync([.. path.Steps.Where(s => s.EventId is not null).Select(s => s.EventId!)], Cancel);
        foreach (var step in path.Steps)
        {
            if (step.RelationId is { } relationId)
            {
                var r = relations[relationId];
                Assert.True((r.FromId, r.ToId) == (step.FromId, step.ToId) || (r.FromId, r.ToId) == (step.ToId, step.FromId));
                Assert.NotEmpty(r.Evidence);
            }
            else
            {
                var e = events[step.EventId!];
                Assert.Contains(step.FromId, e.InvolvedEntityIds());
                Assert.Contains(step.ToId, e.InvolvedEntityIds());
                Assert.NotEmpty(e.Evidence);
            }
        }
    }
}
