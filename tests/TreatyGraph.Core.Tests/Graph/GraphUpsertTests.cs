using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Graph;

public sealed class GraphUpsertTests
{
    private static readonly Evidence FirstQuote = new("They met.") { ArticleId = "article:1", SentenceIndex = 0 };
    private static readonly Evidence SecondQuote = new("They met again.") { ArticleId = "article:2", SentenceIndex = 3 };

    [Fact]
    public void GivenScalarsReplaceAndMissingOnesKeepTheStoredValue()
    {
        var stored = new Event("event:m", EventKind.Meeting, EventStatus.Planned, "Planned meeting", FuzzyDate.Parse("2019-01")) { PlaceId = "place:moscow" };
        var incoming = new Event("event:m", EventKind.Meeting, EventStatus.Occurred, "Meeting", null);

        var merged = GraphUpsert.Merge(stored, incoming);

        Assert.Equal(EventStatus.Occurred, merged.Status);
        Assert.Equal("Meeting", merged.Title);
        Assert.Equal(stored.Date, merged.Date);
        Assert.Equal("place:moscow", merged.PlaceId);
    }

    [Fact]
    public void EvidenceIsUnionedByCitationWithStoredItemsFirst()
    {
        var relation = new Relation(RelationType.Claims, "country:japan", "territory:iturup");
        var stored = relation with { Evidence = [FirstQuote] };
        var incoming = relation with { Evidence = [SecondQuote, FirstQuote with { Start = 4 }] };

        var merged = GraphUpsert.Merge(stored, incoming);

        Assert.Equal([FirstQuote, SecondQuote], merged.Evidence);
        Assert.False(GraphUpsert.SameAs(stored, merged));
        Assert.True(GraphUpsert.SameAs(merged, GraphUpsert.Merge(merged, incoming)));
    }

    [Fact]
    public void CollapseMergesRepeatsIntoTheirFirstOccurrence()
    {
        var a = new Entity("country:a", EntityKind.Country, "A") { Aliases = [new Alias("Alpha")] };
        var b = new Entity("country:b", EntityKind.Country, "B");
        var batch = new GraphBatch { Entities = [a, b, a with { Name = "A2", Aliases = [new Alias("Aleph")] }] };

        var collapsed = GraphUpsert.Collapse(batch);

        Assert.Equal(["country:a", "country:b"], collapsed.Entities.Select(e => e.Id));
        Assert.Equal("A2", collapsed.Entities[0].Name);
        Assert.Equal([new Alias("Alpha"), new Alias("Aleph")], collapsed.Entities[0].Aliases);
    }

    [Fact]
    public void ExternalReferencesAreThoseTheBatchDoesNotCarry()
    {
        var batch = new GraphBatch
        {
            Entities = [new Entity("country:a", EntityKind.Country, "A")],
            Events = [new Event("event:e", EventKind.Meeting, EventStatus.Occurred, "E", null)
            {
                Participants = [new Participant("country:a"), new Participant("country:b")],
                PlaceId = "place:c",
                Evidence = [FirstQuote],
            }],
            Relations = [new Relation(RelationType.MemberOf, "country:a", "organization:d")],
        };

        Assert.Equal(["country:b", "organization:d", "place:c"], GraphBatchReferences.ExternalEntityIds(batch));
        Assert.Equal(["article:1"], GraphBatchReferences.ExternalArticleIds(batch));
    }
}
