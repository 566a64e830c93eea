using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using static TreatyGraph.Storage.Contract.Building.ContractGraph;

namespace TreatyGraph.Storage.Contract;

/// <summary>Timelines: order, cursors, counts, filters, participants (ANY/ALL) and what stands for them.</summary>
public abstract class TimelineContract<TFixture>(TFixture fixture) : SeededContract<TFixture>(fixture)
    where TFixture : StoreFixture
{
    [Fact]
    public async Task TimelineOrdersEventsByEarliestThenLatestThenIdWithUndatedEventsLast()
    {
        var ids = await AllPagesAsync(new TimelineQuery(), 7);

        Assert.Equal(TimelineOracle.Expected(Graph, new TimelineQuery()), ids);
        Assert.Equal(["event:generated-undated", UndatedTalks], ids[^2..]);
    }

    [Fact]
    public async Task PagesResumeAfterTheirCursorAndCountEveryMatch()
    {
        var first = await Store.TimelineAsync(new TimelineQuery { Page = new PageRequest(5) }, Cancel);
        var second = await Store.TimelineAsync(new TimelineQuery { Page = new PageRequest(5, first.EndCursor) }, Cancel);
        var expected = TimelineOracle.Expected(Graph, new TimelineQuery());

        Assert.Equal(expected.Take(5), first.Edges.Select(e => e.Node.Id));
        Assert.Equal(expected.Skip(5).Take(5), second.Edges.Select(e => e.Node.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal(expected.Count, first.TotalCount);
        Assert.Equal(expected.Count, second.TotalCount);
        Assert.Equal(second.Edges[0].Cursor, TimelineOracle.Key(second.Edges[0].Node).Encode());
    }

    [Fact]
    public async Task TheLastPageHasNoNextPage()
    {
        var expected = TimelineOracle.Expected(Graph, new TimelineQuery());
        var all = await Store.TimelineAsync(new TimelineQuery { Page = new PageRequest(expected.Count) }, Cancel);

        Assert.False(all.HasNextPage);
        Assert.Equal(expected.Count, all.Edges.Count);
    }

    [Fact]
    public async Task AWindowKeepsEventsWhoseDatesOverlapIt()
    {
        var query = new TimelineQuery { From = FuzzyDate.Parse("1956"), To = FuzzyDate.Parse("1956") };

        var ids = await AllPagesAsync(query, 3);

        Assert.Equal(TimelineOracle.Expected(Graph, query), ids);
        Assert.Contains(Talks1955, ids);
        Assert.Contains(Signing1956, ids);
        Assert.DoesNotContain(Revocation1960, ids);
        Assert.DoesNotContain(UndatedTalks, ids);
    }

    [Theory]
    [InlineData("1991-12-26", null)]
    [InlineData(null, "1956-10-19")]
    [InlineData("2019-21", "2019-22")]
    public async Task HalfOpenAndSeasonalWindowsFollowTheOverlapRule(string? from, string? to)
    {
        var query = new TimelineQuery
        {
            From = from is null ? null : FuzzyDate.Parse(from),
            To = to is null ? null : FuzzyDate.Parse(to),
        };

        Assert.Equal(TimelineOracle.Expected(Graph, query), await AllPagesAsync(query, 10));
    }

    [Fact]
    public async Task KindsAndStatusFilterEvents()
    {
        var query = new TimelineQuery { Kinds = [EventKind.Meeting, EventKind.Visit, EventKind.Summit], Status = EventStatus.Planned };

        var ids = await AllPagesAsync(query, 4);

        Assert.Equal(TimelineOracle.Expected(Graph, query), ids);
        Assert.Contains(Visit2019, ids);
        Assert.DoesNotContain(Singapore2018, ids);
    }

    [Fact]
    public async Task AnyMatchesEitherParticipantAndAllMatchesBoth()
    {
        var (a, b) = BusiestPair();
        var any = new TimelineQuery { Participants = [ParticipantGroup.Exactly(a), ParticipantGroup.Exactly(b)] };
        var all = any with { Match = ParticipantMatch.All };

        var anyIds = await AllPagesAsync(any, 4);
        var allIds = await AllPagesAsync(all, 4);

        Assert.Equal(TimelineOracle.Expected(Graph, any), anyIds);
        Assert.Equal(TimelineOracle.Expected(Graph, all), allIds);
        Assert.NotEmpty(allIds);
        Assert.True(anyIds.Count > allIds.Count);
    }

    [Fact]
    public async Task AParticipantMatchesAsPlaceAndAsConcernedEntityToo()
    {
        var query = new TimelineQuery { Participants = [ParticipantGroup.Exactly(Habomai)] };
        var atMoscow = new TimelineQuery { Participants = [ParticipantGroup.Exactly(Moscow)] };

        Assert.Equal([Signing1956, Revocation1960], await AllPagesAsync(query, 10));
        Assert.Equal([Signing1956], await AllPagesAsync(atMoscow, 10));
    }

    [Fact]
    public async Task AStandCountsOnlyInsideItsWindow()
    {
        var abeTerm = new Stand(Abe, 20121226, 20200916, ParticipantStands.Office);
        var query = new TimelineQuery { Participants = [new ParticipantGroup(Japan, [Stand.Itself(Japan), abeTerm])] };

        var ids = await AllPagesAsync(query, 5);

        Assert.Equal(TimelineOracle.Expected(Graph, query), ids);
        Assert.Contains(Singapore2018, ids);
        Assert.Contains(Visit2019, ids);
        Assert.DoesNotContain(Speech2022, ids);
    }

    [Fact]
    public async Task UndatedEventsMatchAParticipantItselfButNoWindowedStand()
    {
        var itself = new TimelineQuery { Participants = [ParticipantGroup.Exactly(Russia)] };
        var windowed = new TimelineQuery { Participants = [new ParticipantGroup(Russia, [new Stand(Russia, 19911226, FuzzyDate.OpenEndKey, "test")])] };

        Assert.Contains(UndatedTalks, await AllPagesAsync(itself, 10));
        Assert.DoesNotContain(UndatedTalks, await AllPagesAsync(windowed, 10));
    }

    [Fact]
    public async Task JapanRussiaTimelineIncludesTheSovietEraAndTheLeadersMeetings()
    {
        var groups = await ParticipantStands.ExpandAsync(Store, [Japan, Russia], Cancel);
        var any = new TimelineQuery { Participants = groups, From = FuzzyDate.Parse("1945"), To = FuzzyDate.Parse("2019") };
        var all = any with { Match = ParticipantMatch.All };

        var anyIds = await AllPagesAsync(any, 6);
        var allIds = await AllPagesAsync(all, 6);

        Assert.Equal(TimelineOracle.Expected(Graph, any), anyIds);
        Assert.Equal(TimelineOracle.Expected(Graph, all), allIds);
        Assert.True(anyIds.IndexOf(Signing1956) < anyIds.IndexOf(Revocation1960));
        Assert.True(anyIds.IndexOf(Revocation1960) < anyIds.IndexOf(Singapore2018));
        Assert.Contains(Signing1956, allIds);
        Assert.Contains(Singapore2018, allIds);
        Assert.DoesNotContain(Revocation1960, allIds);
    }

    [Fact]
    public async Task AnUnknownCursorIsRejected()
    {
        await Assert.ThrowsAsync<InvalidCursorException>(
            () => Store.TimelineAsync(new TimelineQuery { Page = new PageRequest(5, "bm90LWEtY3Vyc29y") }, Cancel));
    }

    [Fact]
    public async Task EventsOfManyEntitiesComeInOnePagePerEntity()
    {
        string[] ids = [Abe, SovietUnion, "person:nobody"];

        var pages = await Store.GetEventsOfAsync(ids, new PageRequest(2), Cancel);
        var next = await Store.GetEventsOfAsync([SovietUnion], new PageRequest(2, pages[SovietUnion].EndCursor), Cancel);

        Assert.Equal(ids.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(TimelineOracle.EventsOf(Graph, Abe).Take(2), pages[Abe].Edges.Select(e => e.Node.Id));
        Assert.Equal(TimelineOracle.EventsOf(Graph, Abe).Count, pages[Abe].TotalCount);
        Assert.Equal(TimelineOracle.EventsOf(Graph, SovietUnion).Skip(2).Take(2), next[SovietUnion].Edges.Select(e => e.Node.Id));
        Assert.True(pages[SovietUnion].HasNextPage);
        Assert.Empty(pages["person:nobody"].Edges);
        Assert.Equal(0, pages["person:nobody"].TotalCount);
    }

    private async Task<List<string>> AllPagesAsync(TimelineQuery query, int pageSize)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await Store.TimelineAsync(query with { Page = new PageRequest(pageSize, after) }, Cancel);
            ids.AddRange(page.Edges.Select(e => e.Node.Id));
            Assert.Equal(TimelineOracle.Expected(Graph, query).Count, page.TotalCount);
            if (!page.HasNextPage)
            {
                return ids;
            }

            after = page.EndCursor;
        }
    }

    // The two generated officials who share the most events, so that ALL has something to find.
    private static (string A, string B) BusiestPair()
    {
        var persons = GeneratedPersons;
        return persons
            .SelectMany(a => persons.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b)))
            .OrderByDescending(p => Graph.Events.Count(e => e.Participants.Any(x => x.EntityId == p.a) && e.Participants.Any(x => x.EntityId == p.b)))
            .ThenBy(p => p.a, StringComparer.Ordinal)
            .ThenBy(p => p.b, StringComparer.Ordinal)
            .First();
    }
}
