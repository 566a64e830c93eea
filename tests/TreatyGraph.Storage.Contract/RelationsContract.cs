using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using static TreatyGraph.Storage.Contract.Building.ContractGraph;

namespace TreatyGraph.Storage.Contract;

/// <summary>Relations of entities: order, types, direction and as-of validity at the boundaries.</summary>
public abstract class RelationsContract<TFixture>(TFixture fixture) : SeededContract<TFixture>(fixture)
    where TFixture : StoreFixture
{
    [Fact]
    public async Task RelationsComeOrderedByTypeThenStartThenId()
    {
        var relations = await Store.GetRelationsAsync([Japan, Russia, Kunashir], RelationQuery.All, Cancel);

        foreach (var id in new[] { Japan, Russia, Kunashir })
        {
            Assert.Equal(Expected(id, _ => true), relations[id].Select(r => r.Id));
        }
    }

    [Fact]
    public async Task EveryRequestedIdHasAnEntry()
    {
        var relations = await Store.GetRelationsAsync([Japan, "country:atlantis"], RelationQuery.All, Cancel);

        Assert.Empty(relations["country:atlantis"]);
        Assert.NotEmpty(relations[Japan]);
    }

    [Theory]
    [InlineData("1991-12-25", new[] { SovietUnion })]
    [InlineData("1991-12-26", new[] { Russia, SovietUnion })]
    [InlineData("1991-12-27", new[] { Russia })]
    [InlineData("1991", new[] { Russia, SovietUnion })]
    [InlineData("1945-08", new string[0])]
    [InlineData("2150", new[] { Russia })]
    public async Task AdministrationAsOfADateIncludesItsBoundaryDays(string asOf, string[] administrators)
    {
        var query = new RelationQuery { Types = [RelationType.Administers], AsOf = FuzzyDate.Parse(asOf), Direction = RelationDirection.Incoming };

        var relations = (await Store.GetRelationsAsync([Kunashir], query, Cancel))[Kunashir];

        Assert.Equal(administrators, relations.Select(r => r.FromId).Order(StringComparer.Ordinal));
        Assert.Equal(Expected(Kunashir, r => r.Type == RelationType.Administers && r.ToId == Kunashir && r.IsValidDuring(query.AsOf)), relations.Select(r => r.Id));
    }

    [Fact]
    public async Task AnOpenEndedRelationHoldsAtAnyLaterDate()
    {
        var query = new RelationQuery { Types = [RelationType.HoldsOffice], AsOf = FuzzyDate.Parse("2099-01-01") };

        var relations = (await Store.GetRelationsAsync([Russia], query, Cancel))[Russia];

        var term = Assert.Single(relations);
        Assert.Equal(Putin, term.FromId);
        Assert.Null(term.ValidTo);
        Assert.Equal("President", term.Role);
    }

    [Fact]
    public async Task DirectionKeepsOnlyOneEnd()
    {
        var outgoing = (await Store.GetRelationsAsync([Russia], new RelationQuery { Direction = RelationDirection.Outgoing }, Cancel))[Russia];
        var incoming = (await Store.GetRelationsAsync([Russia], new RelationQuery { Direction = RelationDirection.Incoming }, Cancel))[Russia];

        Assert.All(outgoing, r => Assert.Equal(Russia, r.FromId));
        Assert.All(incoming, r => Assert.Equal(Russia, r.ToId));
        Assert.Equal(Expected(Russia, r => r.FromId == Russia), outgoing.Select(r => r.Id));
        Assert.Equal(Expected(Russia, r => r.ToId == Russia), incoming.Select(r => r.Id));
    }

    [Fact]
    public async Task RelationsRoundTripWithTheirDatesAndEvidence()
    {
        var expected = Graph.Relations.Where(r => r.FromId == Abe).ToDictionary(r => r.Id);

        var byId = await Store.GetRelationsByIdAsync([.. expected.Keys, "rel:0000000000000000"], Cancel);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), byId.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.True(GraphUpsert.SameAs(pair.Value, byId[pair.Key])));
    }

    [Fact]
    public async Task EventsRoundTripWithEveryField()
    {
        var expected = Graph.Events.Where(e => e.Id is Signing1956 or Visit2019 or UndatedTalks or Talks1955).ToList();

        var byId = await Store.GetEventsAsync([.. expected.Select(e => e.Id), "event:never"], Cancel);

        Assert.Equal(expected.Count, byId.Count);
        Assert.All(expected, e => Assert.True(GraphUpsert.SameAs(e, byId[e.Id]), e.Id));
    }

    private static IEnumerable<string> Expected(string entityId, Func<Relation, bool> keep) =>
        Graph.Relations
            .Where(r => (r.FromId == entityId || r.ToId == entityId) && keep(r))
            .OrderBy(r => WireNames.Of(r.Type), StringComparer.Ordinal)
            .ThenBy(r => r.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id);
}
