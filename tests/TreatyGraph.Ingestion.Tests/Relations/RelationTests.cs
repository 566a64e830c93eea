using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Tests.Support;

namespace TreatyGraph.Ingestion.Tests.Relations;

public sealed class RelationTests
{
    [Fact]
    public void SigningPersonsSignAndTheirStatesBecomeParties()
    {
        var read = Read.Article("In 1905, Swedish Prime Minister Karl Lund and Norwegian Premier Erik Dahl signed a border treaty in Karlstad.");

        var treaty = Assert.Single(read.Entities, e => e.Kind == EntityKind.Treaty).Name;
        Assert.True(read.HasRelation(RelationType.Signed, "Karl Lund", treaty));
        Assert.True(read.HasRelation(RelationType.Signed, "Erik Dahl", treaty));
        Assert.True(read.HasRelation(RelationType.PartyTo, "Sweden", treaty));
        Assert.True(read.HasRelation(RelationType.PartyTo, "Norway", treaty));
    }

    [Fact]
    public void ChallengedOwnershipIsAClaim()
    {
        var read = Read.Article("Argentina challenged the ownership of the Falkland Islands.");

        Assert.True(read.HasRelation(RelationType.Claims, "Argentina", "Falkland Islands"));
    }

    [Fact]
    public void GovernedFromUntilIsAdministrationWithItsInterval()
    {
        var read = Read.Article("Under the treaty, Japan renounced its claims to the southern half of Sakhalin, which it had governed from 1905 until 1945.");

        var administers = Assert.Single(read.Relations, r => r.Type == RelationType.Administers);
        Assert.Equal(("Japan", "Southern Sakhalin", "1905", "1945"), (administers.From.Name, administers.To.Name, administers.ValidFrom?.Edtf, administers.ValidTo?.Edtf));
        Assert.True(read.HasRelation(RelationType.PartOf, "Southern Sakhalin", "Sakhalin"));
        Assert.DoesNotContain(read.Relations, r => r.Type == RelationType.Claims);
    }

    [Fact]
    public void NamingAListMakesItsMembersPartsOfTheName()
    {
        var read = Read.Article("Moscow seized Iturup, Kunashir, Shikotan and the Habomai islets in 1945. Japan calls the four islands the Northern Territories and wants them back.", "2020-06-15");

        foreach (var island in new[] { "Iturup", "Kunashir", "Shikotan", "Habomai Islands" })
        {
            Assert.True(read.HasRelation(RelationType.PartOf, island, "Southern Kuril Islands"), island);
            Assert.True(read.HasRelation(RelationType.Claims, "Japan", island), island);
        }
    }

    [Fact]
    public void ANameGivenToTheLastItemOfAListDoesNotMakeTheEarlierItemsItsParts()
    {
        var read = Read.Article("Japan disputed the ownership of Iturup, Kunashir and several small islands called the Habomai Islands in Japan.", "2020-06-15");

        Assert.False(read.HasRelation(RelationType.PartOf, "Iturup", "Habomai Islands"));
        Assert.False(read.HasRelation(RelationType.PartOf, "Kunashir", "Habomai Islands"));
        Assert.True(read.HasRelation(RelationType.Claims, "Japan", "Kunashir"));
    }

    [Fact]
    public void TreatyThatHandsOverTerritoryConcernsIt()
    {
        var read = Read.Article("Denmark and Norway signed a border treaty in 1920. In the treaty, Denmark agreed to hand over Bear Island to Norway.");

        var treaty = read.Entities.Single(e => e.Kind == EntityKind.Treaty).Name;
        Assert.True(read.HasRelation(RelationType.Concerns, treaty, "Bear Island"));
    }

    [Fact]
    public void TakingASeatIsMembership()
    {
        var read = Read.Article("In 1956 Japan took its seat in the United Nations.");

        Assert.True(read.HasRelation(RelationType.MemberOf, "Japan", "United Nations"));
    }

    [Fact]
    public void InheritingFromACollapsedStateIsSuccession()
    {
        var read = Read.Article("Russia, which inherited the Kuril Islands when the Soviet Union collapsed in 1991, administers them today.", "2020-06-15");

        var succession = Assert.Single(read.Relations, r => r.Type == RelationType.SuccessorOf);
        Assert.Equal(("Russia", "Soviet Union", "1991"), (succession.From.Name, succession.To.Name, succession.ValidFrom?.Edtf));
    }

    [Fact]
    public void TownInARegionIsLocatedThere()
    {
        var read = Read.Article("The talks were held in Vardby, a fishing town in Halland Province, on Monday.");

        Assert.True(read.HasRelation(RelationType.LocatedIn, "Vardby", "Halland Province"));
    }

    [Fact]
    public void APassiveSigningIsSignedByTheNamesAfterBy()
    {
        var read = Read.Article("The fisheries convention, which had been signed in Oslo by Swedish envoy Karl Lund and Norwegian diplomat Erik Dahl, lapsed in 1930.", "2020-06-15");

        var signing = Assert.Single(read.Events, e => e.Kind == EventKind.Signing);
        Assert.Equal(["Erik Dahl", "Karl Lund"], signing.Participants.Select(p => p.Entity.Name).Order());
        var treaty = Assert.Single(signing.Concerns).Name;
        Assert.True(read.HasRelation(RelationType.Signed, "Karl Lund", treaty));
        Assert.True(read.HasRelation(RelationType.PartyTo, "Norway", treaty));
    }

    [Fact]
    public void ATreatyThatListsTerritoriesConcernsThem()
    {
        var read = Read.Article("A joint communique signed in 1972 by the two governments lists the Senkaku Islands among the questions left open.", "2020-06-15");

        var treaty = Assert.Single(read.Entities, e => e.Kind == EntityKind.Treaty).Name;
        Assert.True(read.HasRelation(RelationType.Concerns, treaty, "Senkaku Islands"));
    }

    [Fact]
    public void AnUnmarkedOfficeIsNotTheStateOfTheCounterpartItMeets()
    {
        var read = Read.Article("MOSCOW, May 3 -- Japanese officials arrived on Sunday. Prime Minister Kenji Sato held talks here with Russian President Ivan Petrov.", "2020-05-03");

        Assert.True(read.HasRelation(RelationType.HoldsOffice, "Kenji Sato", "Japan"));
        Assert.False(read.HasRelation(RelationType.HoldsOffice, "Kenji Sato", "Russia"));
        Assert.True(read.HasRelation(RelationType.HoldsOffice, "Ivan Petrov", "Russia"));
    }

    [Fact]
    public void AnOfficeOfANamedStateBelongsToIt()
    {
        var read = Read.Article("NAGASAKI, Japan, Oct. 3 -- In 1853, Vice Admiral Ivan Petrov of the Russian Empire sailed into the harbour.", "2003-10-03");

        Assert.True(read.HasRelation(RelationType.HoldsOffice, "Ivan Petrov", "Russian Empire"));
        Assert.False(read.HasRelation(RelationType.HoldsOffice, "Ivan Petrov", "Japan"));
    }
}
