using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using static TreatyGraph.Storage.Contract.Building.Facts;

namespace TreatyGraph.Storage.Contract;

/// <summary>
/// Applying batches: idempotence, upsert and union rules, counts, and all-or-nothing rejection. The class
/// shares one store, so every test works on ids of its own (prefixed with the test's name).
/// </summary>
public abstract class ApplyContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static readonly Article First = Article("Leaders met in Vladivostok on 5 September 2019. They talked about fisheries.", "First report", "2019-09-06");
    private static readonly Article Second = Article("In Vladivostok the two leaders met again. Fisheries were on the table.", "Second report", "2019-09-07");

    protected IGraphStore Store => fixture.Store;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApplyingTheSameBatchTwiceChangesNothingTheSecondTime()
    {
        var batch = SmallGraph();

        var first = await Store.ApplyAsync(batch, Cancel);
        var second = await Store.ApplyAsync(batch, Cancel);

        Assert.False(first.IsNoOp);
        Assert.True(second.IsNoOp);
        Assert.Equal(new ChangeCount(0, 0, batch.Entities.Count), second.Entities);
        Assert.Equal(new ChangeCount(0, 0, batch.Events.Count), second.Events);
        Assert.Equal(new ChangeCount(0, 0, batch.Relations.Count), second.Relations);
        Assert.Equal(new ChangeCount(0, 0, batch.Articles.Count), second.Articles);
    }

    [Fact]
    public async Task ApplyCountsCreatedUpdatedAndUnchangedItems()
    {
        var batch = SmallGraph();
        var first = await Store.ApplyAsync(batch, Cancel);
        var leader = batch.Entities[0];
        var extended = batch with
        {
            Articles = [],
            Entities = [leader with { Aliases = [new Alias("Another name", "en")] }, .. batch.Entities.Skip(1), Entity(Id("country:extra"), "Extra")],
            Relations = [],
        };

        var second = await Store.ApplyAsync(extended, Cancel);

        Assert.Equal(new ChangeCount(batch.Entities.Count, 0, 0), first.Entities);
        Assert.Equal(new ChangeCount(batch.Events.Count, 0, 0), first.Events);
        Assert.Equal(new ChangeCount(batch.Relations.Count, 0, 0), first.Relations);
        Assert.Equal(new ChangeCount(1, 1, batch.Entities.Count - 1), second.Entities);
        Assert.Equal(new ChangeCount(0, 0, batch.Events.Count), second.Events);
    }

    [Fact]
    public async Task EvidenceFromTwoArticlesIsUnionedOnOneEvent()
    {
        var graph = SmallGraph();
        var meeting = graph.Events[0];
        await Store.ApplyAsync(graph with { Articles = [First], Events = [meeting with { Evidence = [Quote(First, 0)] }] }, Cancel);

        var result = await Store.ApplyAsync(
            new GraphBatch { Articles = [Second], Events = [meeting with { Evidence = [Quote(Second, 0), Quote(First, 0)] }] }, Cancel);
        var stored = (await Store.GetEventsAsync([meeting.Id], Cancel))[meeting.Id];

        Assert.Equal(new ChangeCount(0, 1, 0), result.Events);
        Assert.Equal([First.Id, Second.Id], stored.Evidence.Select(e => e.ArticleId));
        Assert.Equal([Quote(First, 0), Quote(Second, 0)], stored.Evidence);
    }

    [Fact]
    public async Task ScalarsTakeTheBatchValueWhenGivenAndKeepTheStoredOneWhenNot()
    {
        var graph = SmallGraph();
        await Store.ApplyAsync(graph, Cancel);
        var leader = graph.Entities[0];
        var meeting = graph.Events[0];

        await Store.ApplyAsync(
            new GraphBatch
            {
                Entities = [leader with { Name = leader.Name + " Jr", Description = null, Aliases = [] }],
                Events = [meeting with { Title = "Renamed meeting", Date = null, PlaceId = null, Participants = [], Evidence = [] }],
            },
            Cancel);
        var entity = (await Store.GetEntitiesAsync([leader.Id], Cancel))[leader.Id];
        var ev = (await Store.GetEventsAsync([meeting.Id], Cancel))[meeting.Id];

        Assert.Equal(leader.Name + " Jr", entity.Name);
        Assert.Equal(leader.Description, entity.Description);
        Assert.Equal(leader.Aliases, entity.Aliases);
        Assert.Equal("Renamed meeting", ev.Title);
        Assert.Equal(meeting.Date, ev.Date);
        Assert.Equal(meeting.PlaceId, ev.PlaceId);
        Assert.Equal(meeting.Participants, ev.Participants);
    }

    [Fact]
    public async Task ListsAreUnionedWithStoredItemsFirst()
    {
        var graph = SmallGraph();
        await Store.ApplyAsync(graph, Cancel);
        var leader = graph.Entities[0];
        var meeting = graph.Events[0];
        var newcomer = graph.Entities[2].Id;

        await Store.ApplyAsync(
            new GraphBatch
            {
                Entities = [leader with { Aliases = [new Alias("Zed", null), leader.Aliases[0]] }],
                Events = [meeting with { Participants = [new Participant(newcomer, ParticipantRole.Host), meeting.Participants[0]], Concerns = [newcomer] }],
            },
            Cancel);
        var entity = (await Store.GetEntitiesAsync([leader.Id], Cancel))[leader.Id];
        var ev = (await Store.GetEventsAsync([meeting.Id], Cancel))[meeting.Id];

        Assert.Equal([.. leader.Aliases, new Alias("Zed", null)], entity.Aliases);
        Assert.Equal([.. meeting.Participants, new Participant(newcomer, ParticipantRole.Host)], ev.Participants);
        Assert.Equal([.. meeting.Concerns, newcomer], ev.Concerns);
    }

    [Fact]
    public async Task RepeatsInsideOneBatchAreMergedIntoOneItem()
    {
        var graph = SmallGraph();
        var meeting = graph.Events[0];
        var batch = graph with
        {
            Articles = [First, Second],
            Events = [meeting with { Evidence = [Quote(First, 0)] }, meeting with { Evidence = [Quote(Second, 1)] }],
        };

        var result = await Store.ApplyAsync(batch, Cancel);
        var stored = (await Store.GetEventsAsync([meeting.Id], Cancel))[meeting.Id];

        Assert.Equal(new ChangeCount(1, 0, 0), result.Events);
        Assert.Equal([Quote(First, 0), Quote(Second, 1)], stored.Evidence);
    }

    [Fact]
    public async Task AnArticleIsStoredOnceWhateverItsLaterCopiesSay()
    {
        var result = await Store.ApplyAsync(new GraphBatch { Articles = [First] }, Cancel);
        var again = await Store.ApplyAsync(new GraphBatch { Articles = [First with { Title = "Another title" }] }, Cancel);
        var stored = (await Store.GetArticlesAsync([First.Id], Cancel))[First.Id];

        Assert.True(result.Articles.Created + result.Articles.Unchanged == 1);
        Assert.Equal(new ChangeCount(0, 0, 1), again.Articles);
        Assert.Equal(First.Title, stored.Title);
        Assert.Equal(First.Text, stored.Text);
        Assert.Equal(First.Sentences, stored.Sentences);
        Assert.Equal(First.Published, stored.Published);
        Assert.Equal(First.IngestedAt, stored.IngestedAt);
    }

    [Fact]
    public async Task ABatchWithADanglingReferenceIsRejectedAndLeavesTheStoreUnchanged()
    {
        var graph = SmallGraph();
        var missing = Id("person:nobody");
        var before = await Store.GetStatsAsync(Cancel);
        var dangling = graph with
        {
            Relations = [.. graph.Relations, Relation(RelationType.MemberOf, missing, graph.Entities[1].Id)],
        };

        var error = await Assert.ThrowsAsync<GraphIntegrityException>(() => Store.ApplyAsync(dangling, Cancel));

        Assert.Equal([missing], error.MissingEntityIds);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Store.GetStatsAsync(Cancel));
        Assert.Empty(await Store.GetEntitiesAsync([.. graph.Entities.Select(e => e.Id)], Cancel));
    }

    [Fact]
    public async Task EvidenceCitingAnUnknownArticleIsRejected()
    {
        var graph = SmallGraph();
        var unknown = Article("A text nobody ingested.", "Unknown", null);
        var batch = graph with { Events = [graph.Events[0] with { Evidence = [Quote(unknown, 0)] }] };

        var error = await Assert.ThrowsAsync<GraphIntegrityException>(() => Store.ApplyAsync(batch, Cancel));

        Assert.Equal([unknown.Id], error.MissingArticleIds);
        Assert.Empty(await Store.GetEventsAsync([graph.Events[0].Id], Cancel));
    }

    [Fact]
    public async Task ReferencesToEntitiesAlreadyStoredAreAccepted()
    {
        var graph = SmallGraph();
        await Store.ApplyAsync(graph with { Events = [], Relations = [] }, Cancel);

        var result = await Store.ApplyAsync(graph with { Entities = [], Articles = [] }, Cancel);

        Assert.Equal(graph.Events.Count, result.Events.Created);
        Assert.Equal(graph.Relations.Count, result.Relations.Created);
    }

    [Fact]
    public async Task AChangedEventDateMovesTheEventInTheTimeline()
    {
        var graph = SmallGraph();
        await Store.ApplyAsync(graph, Cancel);
        var meeting = graph.Events[0];
        var leader = graph.Entities[0].Id;

        await Store.ApplyAsync(new GraphBatch { Events = [meeting with { Date = FuzzyDate.Parse("1999-05") }] }, Cancel);
        var in1999 = await Store.TimelineAsync(
            new TimelineQuery { Participants = [ParticipantGroup.Exactly(leader)], From = FuzzyDate.Parse("1999"), To = FuzzyDate.Parse("1999") }, Cancel);

        Assert.Equal([meeting.Id], in1999.Edges.Select(e => e.Node.Id));
        Assert.Equal("1999-05", in1999.Edges[0].Node.Date?.Edtf);
    }

    [Fact]
    public async Task AnEventMovedToAnotherPlaceNoLongerLinksItsOldPlace()
    {
        var graph = SmallGraph();
        var elsewhere = Entity(Id("place:elsewhere"), "Elsewhere " + Suffix());
        await Store.ApplyAsync(graph with { Entities = [.. graph.Entities, elsewhere] }, Cancel);
        var meeting = graph.Events[0];

        await Store.ApplyAsync(new GraphBatch { Events = [meeting with { PlaceId = elsewhere.Id }] }, Cancel);
        var fromOld = await Store.ExpandAsync([meeting.PlaceId!], null, Cancel);
        var fromNew = await Store.ExpandAsync([elsewhere.Id], null, Cancel);
        var paths = await Store.FindPathsAsync(new PathQuery(elsewhere.Id, meeting.Participants[0].EntityId, MaxHops: 1), Cancel);

        Assert.DoesNotContain(fromOld, l => l.EventId == meeting.Id);
        Assert.Contains(fromNew, l => l.EventId == meeting.Id && l.ToId == meeting.Participants[0].EntityId);
        Assert.Equal(meeting.Id, Assert.Single(paths).Steps[0].EventId);
    }

    [Fact]
    public async Task TimelineTotalsFollowNewEvents()
    {
        var graph = SmallGraph();
        await Store.ApplyAsync(graph, Cancel);
        var leader = graph.Entities[0].Id;
        var query = new TimelineQuery { Participants = [ParticipantGroup.Exactly(leader)] };
        var before = await Store.TimelineAsync(query, Cancel);

        await Store.ApplyAsync(new GraphBatch { Events = [Event(Id("event:later"), EventKind.Visit, "2020", leader)] }, Cancel);
        var after = await Store.TimelineAsync(query, Cancel);

        Assert.Equal(before.TotalCount + 1, after.TotalCount);
    }

    [Fact]
    public async Task ARenamedEntityIsFoundByItsNewNameOnly()
    {
        var graph = SmallGraph();
        await Store.ApplyAsync(graph, Cancel);
        var leader = graph.Entities[0];
        var newName = "Quetzalcoatl " + Suffix();

        await Store.ApplyAsync(new GraphBatch { Entities = [leader with { Name = newName }] }, Cancel);
        var byNew = await Store.SearchAsync(new SearchQuery(newName, []), Cancel);
        var byOld = await Store.SearchAsync(new SearchQuery(leader.Name, []), Cancel);

        Assert.Equal(leader.Id, Assert.Single(byNew).Entity.Id);
        Assert.DoesNotContain(byOld, h => h.Entity.Id == leader.Id);
    }

    [Fact]
    public async Task EntitiesRoundTripWithEveryField()
    {
        var treaty = Entity(Id("treaty:pact"), "Pact " + Suffix(), ("Пакт", "ru")) with
        {
            WikidataId = "Q42",
            Description = "A pact.",
            References = [new SourceReference(SourceKind.TreatySeries, "UNTS") { Identifier = "UNTS 1", Url = "https://example.org/unts/1" }],
            Treaty = new TreatyDetails(TreatyStatus.Signed) { Signed = FuzzyDate.Parse("2001-02") with { Phrase = "in February 2001" }, InForce = FuzzyDate.Parse("2002/..") },
        };

        await Store.ApplyAsync(new GraphBatch { Entities = [treaty] }, Cancel);
        var stored = (await Store.GetEntitiesAsync([treaty.Id], Cancel))[treaty.Id];

        Assert.True(GraphUpsert.SameAs(treaty, stored));
        Assert.Equal("in February 2001", stored.Treaty?.Signed?.Phrase);
    }

    // Two leaders of two states meeting once, quoted from the first article, with each test's own ids.
    private static GraphBatch SmallGraph()
    {
        var suffix = Suffix();
        var a = Entity(Id("person:leader-a"), $"Leader Alpha {suffix}", ("Альфа", "ru")) with { Description = "The first leader." };
        var b = Entity(Id("person:leader-b"), $"Leader Beta {suffix}");
        var state = Entity(Id("country:state"), $"State {suffix}");
        var meeting = Event(Id("event:meeting"), EventKind.Meeting, "2019-09-05", a.Id, b.Id) with
        {
            PlaceId = state.Id,
            Evidence = [Quote(First, 0)],
        };
        return new GraphBatch
        {
            Articles = [First],
            Entities = [a, b, state],
            Events = [meeting],
            Relations =
            [
                Relation(RelationType.HoldsOffice, a.Id, state.Id, "2010", null, "President") with { Evidence = [Quote(First, 1)] },
                Relation(RelationType.MemberOf, b.Id, state.Id, "2011-04"),
            ],
        };
    }

    private static string Suffix() => Core.Domain.EntityIds.Slug(TestContext.Current.TestMethod?.MethodName ?? "test");

    private static string Id(string prefix) => $"{prefix}-{Suffix()}";
}
