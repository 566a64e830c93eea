using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Graph;

public sealed class PathFinderTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShorterPathsComeFirstThenByTheirEntityIds()
    {
        var store = new FakeGraphStore()
            .Link("place:a", "place:d")
            .Link("place:a", "place:c").Link("place:c", "place:d")
            .Link("place:a", "place:b").Link("place:b", "place:d");

        var paths = await PathFinder.FindAsync(store, new PathQuery("place:a", "place:d"), Cancel);

        Assert.Equal(["place:a>place:d", "place:a>place:b>place:d", "place:a>place:c>place:d"], paths.Select(Text));
    }

    [Fact]
    public async Task APairOfEntitiesIsJoinedByItsRelationWithTheSmallestIdBeforeAnyEvent()
    {
        var store = new FakeGraphStore()
            .Meet("event:b", "2001", "place:a", "place:b")
            .Meet("event:a", "2002", "place:a", "place:b")
            .Link("place:a", "place:b", RelationType.MemberOf)
            .Link("place:b", "place:a", RelationType.LocatedIn);
        var smallest = store.Relations.Select(r => r.Id).Min(StringComparer.Ordinal);

        var path = Assert.Single(await PathFinder.FindAsync(store, new PathQuery("place:a", "place:b"), Cancel));

        Assert.Equal(smallest, path.Steps[0].RelationId);
    }

    [Fact]
    public async Task WithoutARelationThePairIsJoinedByTheEventWithTheSmallestId()
    {
        var store = new FakeGraphStore()
            .Meet("event:b", "2001", "place:a", "place:b")
            .Meet("event:a", "2002", "place:a", "place:b", "place:c");

        var paths = await PathFinder.FindAsync(store, new PathQuery("place:a", "place:b"), Cancel);

        Assert.Equal("event:a", paths[0].Steps[0].EventId);
        Assert.Equal(["place:a>place:b", "place:a>place:c>place:b"], paths.Select(Text));
    }

    [Fact]
    public async Task StepsAreOrientedAlongThePath()
    {
        var store = new FakeGraphStore().Link("place:b", "place:a").Link("place:c", "place:b");

        var path = Assert.Single(await PathFinder.FindAsync(store, new PathQuery("place:a", "place:c"), Cancel));

        Assert.Equal([("place:a", "place:b"), ("place:b", "place:c")], path.Steps.Select(s => (s.FromId, s.ToId)));
    }

    [Fact]
    public async Task AsOfIsPassedToEveryExpansion()
    {
        var store = new FakeGraphStore()
            .Link("place:a", "place:b", validFrom: "1990", validTo: "1999")
            .Link("place:a", "place:c").Link("place:c", "place:b");

        var in1995 = await PathFinder.FindAsync(store, new PathQuery("place:a", "place:b", AsOf: FuzzyDate.Parse("1995")), Cancel);
        var in2005 = await PathFinder.FindAsync(store, new PathQuery("place:a", "place:b", AsOf: FuzzyDate.Parse("2005")), Cancel);

        Assert.Equal(["place:a>place:b", "place:a>place:c>place:b"], in1995.Select(Text));
        Assert.Equal(["place:a>place:c>place:b"], in2005.Select(Text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(PathQuery.MaxHopsCap + 1)]
    public async Task HopsOutsideOneToTheCapAreRejected(int maxHops)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => PathFinder.FindAsync(new FakeGraphStore(), new PathQuery("place:a", "place:b", maxHops), Cancel));

        Assert.Contains(PathQuery.MaxHopsCap.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APathToItselfIsNoConnection()
    {
        var store = new FakeGraphStore().Link("place:a", "place:b");

        Assert.Empty(await PathFinder.FindAsync(store, new PathQuery("place:a", "place:a"), Cancel));
        Assert.Empty(store.Expansions);
    }

    [Fact]
    public async Task TheSideWithTheSmallerFrontierIsExpandedNext()
    {
        // The source fans out to 30 entities that lead nowhere; the target sits at the end of a chain.
        var store = new FakeGraphStore();
        for (var i = 0; i < 30; i++)
        {
            store.Link("place:source", $"place:fan-{i:00}");
        }

        store.Link("place:fan-07", "place:chain-1").Link("place:chain-1", "place:chain-2").Link("place:chain-2", "place:target");

        var paths = await PathFinder.FindAsync(store, new PathQuery("place:source", "place:target", MaxHops: 4), Cancel);

        Assert.Equal(["place:source>place:fan-07>place:chain-1>place:chain-2>place:target"], paths.Select(Text));
        Assert.Equal([["place:source"], ["place:target"], ["place:chain-2"], ["place:chain-1"]], store.Expansions.Select(e => e.ToArray()));
    }

    [Fact]
    public async Task AHubWithThousandsOfLinksIsExpandedOnceAndTheSearchStaysSmall()
    {
        var store = new FakeGraphStore();
        for (var i = 0; i < 3000; i++)
        {
            store.Meet($"event:hub-{i:0000}", "2001", "country:hub", $"person:p{i % 1500:0000}", $"place:city-{i % 40:00}");
        }

        store.Link("person:p0042", "territory:island").Link("person:p0777", "territory:island");

        var paths = await PathFinder.FindAsync(store, new PathQuery("country:hub", "territory:island", MaxHops: 3, First: 5), Cancel);

        Assert.Equal(["country:hub>person:p0042>territory:island", "country:hub>person:p0777>territory:island"], paths.Take(2).Select(Text));
        Assert.Equal(5, paths.Count);
        Assert.Equal(1, store.Expansions.Count(e => e.Contains("country:hub")));
        Assert.True(store.Expansions.Sum(e => e.Count) < 10, string.Join(" / ", store.Expansions.Select(e => e.Count)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task RandomGraphsGiveExactlyTheFirstPathsOfAnExhaustiveSearch(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var nodes = Enumerable.Range(0, 14).Select(i => $"place:n{i:00}").ToArray();
        var store = new FakeGraphStore();
        for (var i = 0; i < 22; i++)
        {
            var pair = faker.PickRandom(nodes, 2).ToArray();
            if (faker.Random.Bool())
            {
                store.Link(pair[0], pair[1]);
            }
            else
            {
                store.Meet($"event:e{i:00}", "2000", [.. faker.PickRandom(nodes, faker.Random.Int(2, 3))]);
            }
        }

        var (from, to) = (nodes[0], nodes[^1]);
        var maxHops = faker.Random.Int(2, 5);

        var paths = await PathFinder.FindAsync(store, new PathQuery(from, to, maxHops, First: 8), Cancel);

        Assert.Equal(Exhaustive(store, from, to, maxHops).Take(8), paths.Select(Text));
    }

    private static string Text(GraphPath path) => string.Join('>', path.Steps.Select(s => s.FromId).Append(path.Steps[^1].ToId));

    // Every simple path up to maxHops by brute force over the fake's adjacency, in the finder's order.
    private static IEnumerable<string> Exhaustive(FakeGraphStore store, string from, string to, int maxHops)
    {
        var adjacency = store.Relations.SelectMany(r => new[] { (r.FromId, r.ToId), (r.ToId, r.FromId) })
            .Concat(store.Events.SelectMany(e => e.InvolvedEntityIds().SelectMany(a => e.InvolvedEntityIds().Where(b => b != a).Select(b => (a, b)))))
            .Where(p => p.Item1 != p.Item2)
            .Distinct()
            .ToLookup(p => p.Item1, p => p.Item2);
        var found = new List<List<string>>();

        void Walk(List<string> path)
        {
            if (path[^1] == to)
            {
                found.Add([.. path]);
                return;
            }

            if (path.Count > maxHops)
            {
                return;
            }

            foreach (var next in adjacency[path[^1]].Where(n => !path.Contains(n)))
            {
                path.Add(next);
                Walk(path);
                path.RemoveAt(path.Count - 1);
            }
        }

        Walk([from]);
        return found.Select(p => (p.Count, Text: string.Join('>', p)))
            .OrderBy(p => p.Count)
            .ThenBy(p => string.Join('\u0001', p.Text.Split('>')), StringComparer.Ordinal)
            .Select(p => p.Text);
    }
}
