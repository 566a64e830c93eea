using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.SeedData;

public sealed class TerritoryTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    [Theory]
    [InlineData("territory:iturup", "択捉島", "Итуруп", "Etorofu")]
    [InlineData("territory:kunashir", "国後島", "Кунашир", "Kunashiri")]
    [InlineData("territory:shikotan", "色丹島", "Шикотан", null)]
    [InlineData("territory:habomai-islands", "歯舞群島", "Хабомаи", null)]
    [InlineData("territory:kuril-islands", "千島列島", "Курильские острова", null)]
    [InlineData("territory:southern-kuril-islands", "北方領土", "Южные Курилы", null)]
    [InlineData("territory:lesser-kuril-ridge", null, "Малая Курильская гряда", null)]
    public void IslandsCarryJapaneseAndRussianNamesWithLanguageTags(string id, string? japanese, string russian, string? romanized)
    {
        var aliases = seed.Entity(id).Aliases;

        if (japanese is not null)
        {
            Assert.Contains(new Alias(japanese, "ja"), aliases);
        }

        Assert.Contains(new Alias(russian, "ru"), aliases);
        if (romanized is not null)
        {
            Assert.Contains(new Alias(romanized, "ja-Latn"), aliases);
        }
    }

    [Theory]
    [InlineData("territory:iturup")]
    [InlineData("territory:kunashir")]
    [InlineData("territory:shikotan")]
    [InlineData("territory:habomai-islands")]
    public void AdministrationPassesFromJapanToTheSovietUnionToRussiaWithoutGapsOrOverlaps(string island)
    {
        var history = seed.Relations(RelationType.Administers, to: island).OrderBy(r => r.ValidFrom!.EarliestKey).ToList();

        Assert.Equal(["country:japan", "country:soviet-union", "country:russia"], history.Select(r => r.FromId));
        for (var i = 1; i < history.Count; i++)
        {
            Assert.Equal(history[i - 1].ValidTo!.Edtf, history[i].ValidFrom!.Edtf);
        }

        Assert.Null(history[^1].ValidTo);
    }

    [Fact]
    public void KunashirReadsSovietUnion1945To1991ThenRussiaWithJapansClaimAlongside()
    {
        var soviet = Assert.Single(seed.Relations(RelationType.Administers, "country:soviet-union", "territory:kunashir"));
        var russia = Assert.Single(seed.Relations(RelationType.Administers, "country:russia", "territory:kunashir"));
        var claim = Assert.Single(seed.Relations(RelationType.Claims, "country:japan", "territory:kunashir"));

        Assert.Equal("1945", soviet.ValidFrom!.Earliest![..4]);
        Assert.Equal("1991-12-26", soviet.ValidTo!.Latest);
        Assert.Equal("1991-12-26", russia.ValidFrom!.Earliest);
        Assert.Null(russia.ValidTo);
        Assert.Null(claim.ValidTo);
        Assert.True(claim.IsValidDuring(FuzzyDate.Parse("1960")) && claim.IsValidDuring(FuzzyDate.Parse("2018-11-22")));
        Assert.False(claim.IsValidDuring(FuzzyDate.Parse("1930")));
    }

    [Fact]
    public void JapanClaimsTheFourIslandsToday()
    {
        var today = FuzzyDate.Parse("2024");
        var claimed = seed.Relations(RelationType.Claims, "country:japan").Where(r => r.IsValidDuring(today)).Select(r => r.ToId);

        Assert.Superset(
            new HashSet<string> { "territory:iturup", "territory:kunashir", "territory:shikotan", "territory:habomai-islands", "territory:southern-kuril-islands" },
            claimed.ToHashSet());
    }

    [Fact]
    public void IslandsNestInTheArchipelago()
    {
        bool PartOf(string a, string b) => seed.Relations(RelationType.PartOf, a, b).Any();

        Assert.All(["territory:iturup", "territory:kunashir", "territory:shikotan", "territory:habomai-islands"], i => Assert.True(PartOf(i, "territory:southern-kuril-islands"), i));
        Assert.True(PartOf("territory:habomai-islands", "territory:lesser-kuril-ridge"));
        Assert.True(PartOf("territory:shikotan", "territory:lesser-kuril-ridge"));
        Assert.True(PartOf("territory:lesser-kuril-ridge", "territory:kuril-islands"));
        Assert.True(PartOf("territory:southern-kuril-islands", "territory:kuril-islands"));
    }

    [Fact]
    public void RussiaSucceedsTheSovietUnionIn1991()
    {
        var succession = Assert.Single(seed.Relations(RelationType.SuccessorOf, "country:russia", "country:soviet-union"));

        Assert.Equal("26 December 1991", succession.ValidFrom!.Display);
    }

    [Fact]
    public void TheG20HasItsMembers()
    {
        var members = seed.Relations(RelationType.MemberOf, to: "organization:g20").Select(r => r.FromId).ToHashSet();

        Assert.Equal(19, members.Count(m => m.StartsWith("country:", StringComparison.Ordinal)));
        Assert.Contains("organization:european-union", members);
        Assert.Contains("country:united-states", members);
        Assert.Contains("country:argentina", members);
    }
}
