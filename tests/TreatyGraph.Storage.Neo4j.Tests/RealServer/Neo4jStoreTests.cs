using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;
using static TreatyGraph.Storage.Neo4j.Tests.Infrastructure.SampleGraph;

namespace TreatyGraph.Storage.Neo4j.Tests.RealServer;

/// <summary>The store's own checks on a real Neo4j (the shared contract suite runs beside them).</summary>
[Collection(OneRealNeo4j.Name)]
public sealed class Neo4jStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApplyStoresEveryItemAsGiven()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        var store = stores.Store;

        var result = await store.ApplyAsync(Batch, Ct);

        Assert.Equal(new ChangeCount(7, 0, 0), result.Entities);
        Assert.Equal(new ChangeCount(3, 0, 0), result.Events);
        Assert.Equal(new ChangeCount(5, 0, 0), result.Relations);
        Assert.Equal(new ChangeCount(1, 0, 0), result.Articles);
        var entities = await store.GetEntitiesAsync(Batch.Entities.Select(e => e.Id).Append("country:atlantis").ToArray(), Ct);
        Assert.Equal(Batch.Entities.Select(Same.Of).Order(), entities.Values.Select(Same.Of).Order());
        var events = await store.GetEventsAsync(Batch.Events.Select(e => e.Id).ToArray(), Ct);
        Assert.Equal(Batch.Events.Select(Same.Of).Order(), events.Values.Select(Same.Of).Order());
        var relations = await store.GetRelationsByIdAsync(Batch.Relations.Select(r => r.Id).ToArray(), Ct);
        Assert.Equal(Batch.Relations.Select(Same.Of).Order(), relations.Values.Select(Same.Of).Order());
        var articles = await store.GetArticlesAsync([Tass.Id], Ct);
        Assert.Equal(Same.Of(Tass), Same.Of(articles[Tass.Id]));
    }

    [Fact]
    public async Task ApplyingTheSameBatchTwiceChangesNothing()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);
        var before = await stores.Store.GetStatsAsync(Ct);

        var again = await stores.Store.ApplyAsync(Batch, Ct);

        Assert.True(again.IsNoOp);
        Assert.Equal(new ChangeCount(0, 0, 7), again.Entities);
        Assert.Equal(before, await stores.Store.GetStatsAsync(Ct));
    }

    [Fact]
    public async Task ApplyUnionsAliasesAndEvidenceAndKeepsStoredValuesNotGiven()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);
        var moreEvidence = new Evidence("Abe and Putin met.") { Reference = new SourceReference(SourceKind.Government, "MOFA") };

        var result = await stores.Store.ApplyAsync(
            new GraphBatch
            {
                Entities = [Iturup with { Aliases = [new Alias("Итуруп", "ru"), new Alias("Iturup Island", "en")], Description = "An island" }],
                Events = [Meeting2018 with { Date = null, Evidence = [moreEvidence, .. Meeting2018.Evidence] }],
            },
            Ct);

        Assert.Equal(new ChangeCount(0, 1, 0), result.Entities);
        Assert.Equal(new ChangeCount(0, 1, 0), result.Events);
        var iturup = (await stores.Store.GetEntitiesAsync([Iturup.Id], Ct))[Iturup.Id];
        Assert.Equal(["Etorofu", "択捉島", "Итуруп", "Iturup Island"], iturup.Aliases.Select(a => a.Name));
        Assert.Equal("An island", iturup.Description);
        var meeting = (await stores.Store.GetEventsAsync([Meeting2018.Id], Ct))[Meeting2018.Id];
        Assert.Equal(Meeting2018.Date, meeting.Date);
        Assert.Equal([Meeting2018.Evidence[0].Key, moreEvidence.Key], meeting.Evidence.Select(e => e.Key));
    }

    [Fact]
    public async Task BatchReferringToAMissingEntityWritesNothing()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        var dangling = new Relation(RelationType.Claims, Japan.Id, "territory:atlantis");

        await Assert.ThrowsAnyAsync<Exception>(() => stores.Store.ApplyAsync(new GraphBatch { Entities = [Japan], Relations = [dangling] }, Ct));

        Assert.Equal(new GraphStats(0, 0, 0, 0, 0), await stores.Store.GetStatsAsync(Ct));
    }

    [Fact]
    public async Task TimelineOrdersByEarliestThenLatestWithUndatedLastAndPagesByCursor()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);

        var first = await stores.Store.TimelineAsync(new TimelineQuery { Page = new PageRequest(2) }, Ct);
        var rest = await stores.Store.TimelineAsync(new TimelineQuery { Page = new PageRequest(2, first.EndCursor) }, Ct);

        Assert.Equal([Signing1956.Id, Meeting2018.Id], first.Edges.Select(e => e.Node.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal(3, first.TotalCount);
        Assert.Equal([PlannedTreaty.Id], rest.Edges.Select(e => e.Node.Id));
        Assert.False(rest.HasNextPage);
        Assert.Equal(3, rest.TotalCount);
    }

    [Fact]
    public async Task TimelineMatchesWhatStandsForAParticipantWithinItsWindow()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);
        var japan = new ParticipantGroup(Japan.Id, [Stand.Itself(Japan.Id), new Stand(Abe.Id, 20121226, 20200916, "office")]);
        var russia = new ParticipantGroup(Russia.Id, [Stand.Itself(Russia.Id), new Stand(SovietUnion.Id, FuzzyDate.OpenStartKey, 19911226, "successor")]);

        var both = await stores.Store.TimelineAsync(new TimelineQuery { Participants = [japan, russia], Match = ParticipantMatch.All }, Ct);
        var occurredOnly = await stores.Store.TimelineAsync(new TimelineQuery { Participants = [japan], Status = EventStatus.Occurred, From = FuzzyDate.Parse("2000") }, Ct);

        Assert.Equal([Signing1956.Id, PlannedTreaty.Id], both.Edges.Select(e => e.Node.Id));
        Assert.Equal([Meeting2018.Id], occurredOnly.Edges.Select(e => e.Node.Id));
    }

    [Fact]
    public async Task SearchFindsNamesInAnyScriptAndRanksWholeNamesFirst()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);

        var byAlias = await stores.Store.SearchAsync(new SearchQuery("итуруп", []), Ct);
        var accentless = await stores.Store.SearchAsync(new SearchQuery("shinzo", [EntityKind.Person]), Ct);
        var ranked = await stores.Store.SearchAsync(new SearchQuery("so", []), Ct);

        Assert.Equal(("territory:iturup", "Итуруп"), (byAlias.Single().Entity.Id, byAlias.Single().MatchedName));
        Assert.Equal(Abe.Id, accentless.Single().Entity.Id);
        Assert.Equal(ranked.OrderByDescending(h => h.Score).Select(h => h.Entity.Id), ranked.Select(h => h.Entity.Id));
        Assert.Equal(SovietUnion.Id, ranked[0].Entity.Id);
    }

    [Fact]
    public async Task RelationsAsOfKeepOnlyThoseValidThenInTypeStartIdOrder()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);

        var all = await stores.Store.GetRelationsAsync([Iturup.Id, "country:atlantis"], RelationQuery.All, Ct);
        var in1960 = await stores.Store.GetRelationsAsync([Iturup.Id], new RelationQuery { AsOf = FuzzyDate.Parse("1960") }, Ct);
        var outgoing = await stores.Store.GetRelationsAsync([Russia.Id], new RelationQuery { Direction = RelationDirection.Outgoing, Types = [RelationType.Administers] }, Ct);

        Assert.Equal([SovietAdministers.Id, RussiaAdministers.Id, JapanClaims.Id], all[Iturup.Id].Select(r => r.Id));
        Assert.Empty(all["country:atlantis"]);
        Assert.Equal([SovietAdministers.Id, JapanClaims.Id], in1960[Iturup.Id].Select(r => r.Id));
        Assert.Equal([RussiaAdministers.Id], outgoing[Russia.Id].Select(r => r.Id));
    }

    [Fact]
    public async Task ExpandGivesOneLinkPerRelationAndPerOtherEventParticipant()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);

        var links = await stores.Store.ExpandAsync([Abe.Id], null, Ct);
        var before2000 = await stores.Store.ExpandAsync([Abe.Id], FuzzyDate.Parse("1999"), Ct);

        Assert.All(links, l => Assert.Equal(Abe.Id, l.FromId));
        Assert.Equal(
            new[] { $"{Japan.Id} {AbeOffice.Id}", $"{Declaration.Id} {Meeting2018.Id}", $"{Putin.Id} {Meeting2018.Id}" }.Order(StringComparer.Ordinal),
            links.Select(l => $"{l.ToId} {l.FactId}").Order(StringComparer.Ordinal));
        Assert.Empty(before2000);
    }

    [Fact]
    public async Task ScansGoInIdOrderAndResumeAfterAnId()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);

        var all = await stores.Store.ScanEntitiesAsync(null, Ct).Select(e => e.Id).ToListAsync(Ct);
        var after = await stores.Store.ScanEntitiesAsync(all[2], Ct).Select(e => e.Id).ToListAsync(Ct);

        Assert.Equal(Batch.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), all);
        Assert.Equal(all.Skip(3), after);
        Assert.Equal(5, await stores.Store.ScanRelationsAsync(null, Ct).CountAsync(Ct));
    }

    [Fact]
    public async Task StatsCountItemsAndEvidence()
    {
        await using var stores = await Neo4jStores.OnTestServerAsync();
        await stores.Store.ApplyAsync(Batch, Ct);

        var stats = await stores.Store.GetStatsAsync(Ct);

        Assert.Equal(new GraphStats(7, 3, 5, 1, Batch.Events.Sum(e => e.Evidence.Count) + Batch.Relations.Sum(r => r.Evidence.Count)), stats);
    }
}
