using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Tests.Support;

namespace TreatyGraph.Ingestion.Tests.Linking;

public sealed class LinkingTests
{
    [Fact]
    public void AliasesLinkToTheirState()
    {
        var read = Read.Article("The USSR and the U.S. exchanged notes.");

        Assert.Contains("Soviet Union", read.Entities.Names());
        Assert.Contains("United States", read.Entities.Names());
        Assert.Contains("USSR", read.Entity(EntityKind.Country, "Soviet Union").Surfaces);
    }

    [Fact]
    public void DemonymsLinkToTheirState()
    {
        var read = Read.Article("The talks were hosted by Norwegian diplomats.");

        var norway = read.Entity(EntityKind.Country, "Norway");
        Assert.Contains(norway.Mentions, m => m.Form == MentionForm.Demonym);
    }

    [Fact]
    public void CapitalThatActsIsTheGovernmentOfItsTime()
    {
        var now = Read.Article("Moscow rejected the proposal on Monday.", "2015-04-10");
        var then = Read.Article("In 1960, Moscow rejected the proposal.", "2015-04-10");

        Assert.Contains(now.Entity(EntityKind.Country, "Russia").Mentions, m => m.Form == MentionForm.Seat);
        Assert.Contains(then.Entity(EntityKind.Country, "Soviet Union").Mentions, m => m.Form == MentionForm.Seat);
    }

    [Fact]
    public void CapitalAfterAPrepositionIsThePlace()
    {
        var read = Read.Article("The envoy flew back to Tokyo on Monday.");

        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Place && e.Name == "Tokyo");
        Assert.DoesNotContain(read.Entities, e => e.Kind == EntityKind.Country && e.Name == "Japan");
    }

    [Fact]
    public void TitledNamesNobodyListedBecomePeopleWithOffices()
    {
        var read = Read.Article("Norwegian Foreign Minister Ingrid Halvorsen met the press.");

        var minister = read.Entity(EntityKind.Person, "Ingrid Halvorsen");
        Assert.Equal("person:ingrid-halvorsen", minister.Id);
        Assert.True(read.HasRelation(RelationType.HoldsOffice, "Ingrid Halvorsen", "Norway"));
        Assert.Equal("Foreign Minister", read.Relations.Single(r => r.Type == RelationType.HoldsOffice).Role);
    }

    [Fact]
    public void NamedPatternsFindTreatiesTerritoriesAndPlaces()
    {
        var read = Read.Article("Delegates met at the Grand Harbour Hotel to discuss the Treaty of Lindholm and the Varn Islands.");

        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Treaty && e.Name == "Treaty of Lindholm");
        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Territory && e.Name == "Varn Islands");
        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Place && e.Name == "Grand Harbour Hotel");
    }

    [Fact]
    public void GraphEntitiesTakeOverBuiltInNames()
    {
        var graph = new Entity("country:japan-state", EntityKind.Country, "Japan");
        var gazetteer = GazetteerBuilder.Build([graph]);

        var entries = gazetteer.Match("Japanese");

        Assert.Contains(entries, e => e.EntityId == "country:japan-state" && e.Role == NameRole.Demonym);
    }

    [Fact]
    public void RegionsAndPeninsulasArePlacesWithTheirOtherNames()
    {
        var read = Read.Article("Officials of the Sakhalin region met fishermen from Hokkaido and traders from the Korean Peninsula.");

        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Place && e.Name == "Sakhalin Oblast");
        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Place && e.Name == "Hokkaido");
        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Place && e.Name == "Korean Peninsula");
        Assert.DoesNotContain(read.Entities, e => e.Kind == EntityKind.Territory && e.Name == "Sakhalin");
    }

    [Fact]
    public void ADemonymSharedInTimeIsTheStateOfItsSentencesTime()
    {
        var read = Read.Article("In 1855 the port was opened to Russian ships.");

        Assert.Contains(read.Entities, e => e.Kind == EntityKind.Country && e.Name == "Russian Empire");
        Assert.DoesNotContain(read.Entities, e => e.Kind == EntityKind.Country && e.Name == "Russia");
    }
}
