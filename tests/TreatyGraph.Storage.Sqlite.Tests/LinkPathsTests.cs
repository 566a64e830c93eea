using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Contract.Building;

namespace TreatyGraph.Storage.Sqlite.Tests;

/// <summary>
/// The store answers short paths in SQL from its link table: the links must stay what the facts say
/// through updates (an event gaining participants, moving its place), and the paths must be exactly those
/// of Core's <see cref="PathFinder"/> (which the Neo4j store uses), down to order and the fact of each hop.
/// </summary>
public sealed class LinkPathsTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly SqliteGraphStore _store;
    private readonly Faker _faker = new() { Random = new Randomizer(1855) };
    private readonly List<string> _entities = [];

    public LinkPathsTests() => _store = _database.OpenStore();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var entities = Enumerable.Range(0, 4).Select(i => Facts.Entity($"country:c{i}", $"Country {i}"))
            .Concat(Enumerable.Range(0, 50).Select(i => Facts.Entity($"person:p{i:D2}", $"Person {i}")))
            .Concat(Enumerable.Range(0, 8).Select(i => Facts.Entity($"place:l{i}", $"Place {i}")))
            .ToList();
        _entities.AddRange(entities.Select(e => e.Id));
        await _store.ApplyAsync(new GraphBatch { Entities = entities }, Cancel);

        var events = Enumerable.Range(0, 160).Select(NewEvent).ToList();
        var relations = Enumerable.Range(0, 70).Select(_ => NewRelation()).Append(Facts.Relation(RelationType.PartOf, "place:l0", "place:l0")).ToList();
        await _store.ApplyAsync(new GraphBatch { Events = events[..100], Relations = relations[..40] }, Cancel);

        // Updates: events gain participants, some move their place (an entity leaves an event), new facts arrive.
        var changed = events[..100].Where(_ => _faker.Random.Bool(0.3f)).Select(e => e with
        {
            Participants = [.. e.Participants, new Participant(Pick())],
            PlaceId = _faker.Random.Bool(0.5f) ? _faker.PickRandom(_entities.Where(id => id.StartsWith("place:", StringComparison.Ordinal))) : e.PlaceId,
        }).ToList();
        await _store.ApplyAsync(new GraphBatch { Events = [.. changed, .. events[100..]], Relations = relations[40..] }, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task LinksNameTheSmallestRelationAndEventOfEachPairAfterUpdates()
    {
        var events = await ToListAsync(_store.ScanEventsAsync(cancellationToken: Cancel));
        var relations = await ToListAsync(_store.ScanRelationsAsync(cancellationToken: Cancel));
        var expected = new HashSet<Link>();
        foreach (var group in relations.Where(r => r.FromId != r.ToId)
            .SelectMany(r => new[] { (A: r.FromId, B: r.ToId, r.Id), (A: r.ToId, B: r.FromId, r.Id) })
            .GroupBy(x => (x.A, x.B)))
        {
            expected.Add(new Link(group.Key.A, group.Key.B, group.Select(x => x.Id).Min(StringComparer.Ordinal), null));
        }

        foreach (var group in events
            .SelectMany(e => e.InvolvedEntityIds().SelectMany(a => e.InvolvedEntityIds().Where(b => b != a).Select(b => (A: a, B: b, e.Id))))
            .GroupBy(x => (x.A, x.B)))
        {
            expected.Add(new Link(group.Key.A, group.Key.B, null, group.Select(x => x.Id).Min(StringComparer.Ordinal)));
        }

        var links = await _store.ExpandAsync(_entities, null, Cancel);

        Assert.True(expected.SetEquals(links), $"expected {expected.Count} links, got {links.Count}; {expected.Except(links).Count()} missing, {links.Except(expected).Count()} extra");
        Assert.Contains(links, l => l.RelationId is not null);
        Assert.Contains(links, l => l.EventId is not null);
    }

    [Fact]
    public async Task ShortPathsAreThoseOfTheSharedPathFinder()
    {
        var compared = 0;
        for (var i = 0; i < 60; i++)
        {
            // Hubs, quiet people and places against each other, at every length and page size.
            var query = new PathQuery(Pick(), Pick(), MaxHops: 1 + (i % 3), First: _faker.PickRandom(1, 3, 8, 40));
            var expected = await PathFinder.FindAsync(_store, query, Cancel);

            var actual = await _store.FindPathsAsync(query, Cancel);

            Assert.Equal(Describe(expected), Describe(actual));
            compared += expected.Count;
        }

        Assert.True(compared > 100, $"only {compared} paths compared");
    }

    [Fact]
    public async Task PathsBetweenTheTwoBusiestEntitiesAreThoseOfThePathFinder()
    {
        var query = new PathQuery("country:c0", "country:c1", MaxHops: 3, First: 30);

        var actual = await _store.FindPathsAsync(query, Cancel);

        Assert.Equal(Describe(await PathFinder.FindAsync(_store, query, Cancel)), Describe(actual));
        Assert.Contains(actual, p => p.Length == 3);
    }

    private static List<string> Describe(IReadOnlyList<GraphPath> paths) =>
        [.. paths.Select(p => string.Join(" ", p.Steps.Select(s => $"{s.FromId}>{s.ToId}:{s.RelationId}/{s.EventId}")))];

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    // Skewed like news: the four countries take part in most facts.
    private string Pick() => _faker.Random.Bool(0.4f) ? $"country:c{_faker.Random.Int(0, 3)}" : _faker.PickRandom(_entities);

    private Event NewEvent(int i)
    {
        var participants = Enumerable.Range(0, _faker.Random.Int(1, 3)).Select(_ => Pick()).Distinct().ToArray();
        return Facts.Event($"event:e{_faker.Random.Int(0, 99_999):D5}-{i}", EventKind.Meeting, _faker.Random.Bool(0.9f) ? $"{_faker.Random.Int(1950, 2020)}" : null, participants) with
        {
            PlaceId = _faker.Random.Bool(0.3f) ? _faker.PickRandom(_entities.Where(id => id.StartsWith("place:", StringComparison.Ordinal))) : null,
            Concerns = _faker.Random.Bool(0.2f) ? [Pick()] : [],
            Evidence = [Facts.Cite(SourceKind.Other, "Test source", $"Quote {i}")],
        };
    }

    private Relation NewRelation() =>
        Facts.Relation(_faker.PickRandom(RelationType.MemberOf, RelationType.PartyTo, RelationType.Claims), Pick(), Pick(), $"{_faker.Random.Int(1950, 2020)}") with
        {
            Evidence = [Facts.Cite(SourceKind.Other, "Test source", "A relation")],
        };
}
