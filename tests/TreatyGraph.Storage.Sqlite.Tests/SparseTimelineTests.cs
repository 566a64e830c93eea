using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Contract;
using TreatyGraph.Storage.Contract.Building;

namespace TreatyGraph.Storage.Sqlite.Tests;

/// <summary>
/// A page first walks the whole timeline from its cursor, then turns to the participants' own index ranges
/// from where the walk stopped. Here the participants' events are few among thousands, so pages are found
/// partly by the walk and partly after it; every page must still be the oracle's.
/// </summary>
public sealed class SparseTimelineTests : IAsyncLifetime
{
    private const string A = "country:alpha";
    private const string B = "country:beta";

    private readonly TempDatabase _database = new();
    private readonly SqliteGraphStore _store;
    private GraphBatch _graph = GraphBatch.Empty;

    public SparseTimelineTests() => _store = _database.OpenStore();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var faker = new Faker { Random = new Randomizer(1875) };
        var people = Enumerable.Range(0, 12).Select(i => $"person:leader-{i:D2}").ToList();
        var fillers = Enumerable.Range(0, 20).Select(i => $"person:filler-{i:D2}").ToList();
        var entities = new[] { A, B }.Concat(people).Concat(fillers).Select(id => Facts.Entity(id, id)).ToList();
        string Date() => $"{faker.Random.Int(1900, 2020)}-{faker.Random.Int(1, 12):D2}";
        var events = Enumerable.Range(0, 2600).Select(i => Facts.Event($"event:f{i:D4}", EventKind.Meeting, Date(), faker.PickRandom(fillers), faker.PickRandom(fillers)))
            .Concat(Enumerable.Range(0, 40).Select(i => Facts.Event($"event:ab{i:D2}", EventKind.Summit, faker.Random.Bool(0.9f) ? Date() : null, A, B)))
            .Concat(Enumerable.Range(0, 40).Select(i => Facts.Event($"event:a{i:D2}", EventKind.Visit, Date(), A, faker.PickRandom(fillers))))
            .Concat(Enumerable.Range(0, 60).Select(i => Facts.Event($"event:p{i:D2}", EventKind.Statement, Date(), faker.PickRandom(people), faker.Random.Bool() ? B : faker.PickRandom(fillers))))
            .ToList();
        _graph = new GraphBatch { Entities = entities, Events = events };
        await _store.ApplyAsync(_graph, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(ParticipantMatch.All, 7)]
    [InlineData(ParticipantMatch.Any, 9)]
    [InlineData(ParticipantMatch.All, 30)]
    public async Task PagesOfRareParticipantsAreTheOraclesPages(ParticipantMatch match, int first)
    {
        // Alpha with a dozen leaders in windows (more stands than a chain of ORs takes), and Beta alone.
        var leaders = Enumerable.Range(0, 12).Select(i => new Stand($"person:leader-{i:D2}", 19000101 + (i * 80000), 19300101 + (i * 80000), "test"));
        var query = new TimelineQuery
        {
            Match = match,
            Participants = [new ParticipantGroup(A, [Stand.Itself(A), .. leaders]), ParticipantGroup.Exactly(B)],
        };
        var expected = TimelineOracle.Expected(_graph, query);

        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await _store.TimelineAsync(query with { Page = new PageRequest(first, after) }, Cancel);
            ids.AddRange(page.Edges.Select(e => e.Node.Id));
            Assert.Equal(expected.Count, page.TotalCount);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        Assert.True(expected.Count > first, $"only {expected.Count} events expected");
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task APageNeedNotCountItsTotal()
    {
        var query = new TimelineQuery { Match = ParticipantMatch.All, Participants = [ParticipantGroup.Exactly(A), ParticipantGroup.Exactly(B)] };

        var counted = await _store.TimelineAsync(query with { Page = new PageRequest(5) }, Cancel);
        var uncounted = await _store.TimelineAsync(query with { Page = new PageRequest(5, CountTotal: false) }, Cancel);

        Assert.Equal(counted.Edges.Select(e => e.Cursor), uncounted.Edges.Select(e => e.Cursor));
        Assert.Equal(counted.HasNextPage, uncounted.HasNextPage);
        Assert.True(counted.TotalCount > 5);
    }
}
