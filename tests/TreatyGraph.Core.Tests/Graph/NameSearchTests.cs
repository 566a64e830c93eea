using TreatyGraph.Core.Graph;

namespace TreatyGraph.Core.Tests.Graph;

public sealed class NameSearchTests
{
    [Theory]
    [InlineData("ab", "shinzo abe", true)]
    [InlineData("ab", "habomai", false)]
    [InlineData("abo", "habomai", true)]
    [InlineData("択捉", "択捉島", true)]
    [InlineData("捉島", "択捉島", false)]
    public void ShortQueriesMatchOnlyAtTheStartOfAWord(string query, string name, bool matches)
    {
        Assert.Equal(matches, NameSearch.Score(query, name) is not null);
    }

    [Fact]
    public void WordStartKeysAreTheNameAndEverySuffixAfterASpace()
    {
        Assert.Equal(["kuril islands south", "islands south", "south"], NameSearch.WordStartKeys("kuril islands south"));
        Assert.Empty(NameSearch.WordStartKeys(string.Empty));
    }

    [Fact]
    public void AnEntityScoresItsBestNameAndTiesGoToTheEarlierName()
    {
        NameCandidate[] candidates =
        [
            new("territory:iturup", "Iturup", 0, "Iturup", "iturup"),
            new("territory:iturup", "Iturup", 1, "Etorofu", "etorofu"),
            new("territory:iturup", "Iturup", 2, "Etorofu-to", "etorofu to"),
            new("territory:iturup", "Iturup", 3, "ETOROFU", "etorofu"),
        ];

        var hit = Assert.Single(NameSearch.Rank("etorofu", candidates, 5));

        Assert.Equal(("territory:iturup", "Etorofu", 5.0), (hit.EntityId, hit.MatchedName, hit.Score));
    }

    [Fact]
    public void EqualScoresAreOrderedByEntityNameThenId()
    {
        NameCandidate[] candidates =
        [
            new("place:b", "Kuril", 0, "Kuril", "kuril"),
            new("place:a", "Kuril", 0, "Kuril", "kuril"),
            new("place:c", "Akuril", 1, "Kuril", "kuril"),
        ];

        Assert.Equal(["place:c", "place:a", "place:b"], NameSearch.Rank("kuril", candidates, 5).Select(r => r.EntityId));
    }
}
