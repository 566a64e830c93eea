using TreatyGraph.Core.Text;

namespace TreatyGraph.Core.Tests.Text;

public sealed class NameMatchTests
{
    [Theory]
    [InlineData("shinzo abe", "shinzo abe")]
    [InlineData("abe", "abe")]
    public void AnExactMatchScoresHighest(string query, string name)
    {
        var exact = NameMatch.Score(query, name);

        Assert.NotNull(exact);
        Assert.True(exact > NameMatch.Score(query, name + " x"));
        Assert.True(exact > NameMatch.Score(query[..^1], name));
    }

    [Fact]
    public void RanksExactOverPrefixOverWordStartOverSubstring()
    {
        var exact = NameMatch.Score("kuril", "kuril");
        var prefix = NameMatch.Score("kuril", "kuril islands");
        var wordStart = NameMatch.Score("kuril", "southern kuril");
        var substring = NameMatch.Score("kuril", "nonkurile");

        Assert.True(exact > prefix, $"{exact} > {prefix}");
        Assert.True(prefix > wordStart, $"{prefix} > {wordStart}");
        Assert.True(wordStart > substring, $"{wordStart} > {substring}");
    }

    [Fact]
    public void TiersOutweighCoverage()
    {
        // A prefix covering little of a long name still beats a word start covering most of a short one.
        var prefix = NameMatch.Score("a", "a very long name indeed for one letter");
        var wordStart = NameMatch.Score("abe", "x abe");
        var substring = NameMatch.Score("bcdefghij", "abcdefghij");

        Assert.True(prefix > wordStart, $"{prefix} > {wordStart}");
        Assert.True(wordStart > substring, $"{wordStart} > {substring}");
    }

    [Fact]
    public void WithinATierTheQueryCoveringMoreOfTheNameWins()
    {
        Assert.True(NameMatch.Score("abe", "abe shinzo") > NameMatch.Score("abe", "abe shinzo cabinet"));
        Assert.True(NameMatch.Score("iturup", "on iturup") > NameMatch.Score("iturup", "north of iturup"));
    }

    [Fact]
    public void AWordStartLaterInTheNameCountsEvenWhenAnEarlierMatchIsInsideAWord()
    {
        // "abe" occurs first inside "kabe", then as a word of its own.
        var laterWord = NameMatch.Score("abe", "kabe abe");
        var insideOnly = NameMatch.Score("abe", "kabe kabe");

        Assert.True(laterWord > insideOnly, $"{laterWord} > {insideOnly}");
    }

    [Theory]
    [InlineData("putin", "shinzo abe")]
    [InlineData("abe shinzo", "shinzo abe")]
    [InlineData("", "shinzo abe")]
    [InlineData("iturup", "")]
    [InlineData("iturupp", "iturup")]
    public void IsNullWhenTheNameDoesNotContainTheQuery(string query, string name)
    {
        Assert.Null(NameMatch.Score(query, name));
    }

    [Fact]
    public void ScoresFoldedTextSoAccentsAndScriptsFollowFolding()
    {
        Assert.NotNull(NameMatch.Score(NameFolding.Fold("ИТУРУП"), NameFolding.Fold("Итуруп")));
        Assert.NotNull(NameMatch.Score(NameFolding.Fold("shinzo"), NameFolding.Fold("Shinzō Abe")));
        Assert.NotNull(NameMatch.Score(NameFolding.Fold("択捉"), NameFolding.Fold("択捉島")));
        Assert.Null(NameMatch.Score(NameFolding.Fold("iturup"), NameFolding.Fold("Итуруп")));
    }

    [Fact]
    public void RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => NameMatch.Score(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => NameMatch.Score("x", null!));
    }
}
