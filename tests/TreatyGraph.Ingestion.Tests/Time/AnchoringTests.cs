using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

/// <summary>"that year", "two years later", "back then" count from the last date mentioned before them.</summary>
public sealed class AnchoringTests
{
    private const string Dct = "2022-06-30";

    [Fact]
    public void CountsLaterFromTheLastMentionedYear()
    {
        const string text = "The garrison withdrew in 1962. Two years later the harbour reopened.";

        Assert.Equal("1964", ValueOf(text, "Two years later", Dct));
    }

    [Fact]
    public void CountsDaysFromTheLastMentionedDay()
    {
        const string text = "The accord was signed on May 3, 1978. Four days later parliament ratified it.";

        Assert.Equal("1978-05-07", ValueOf(text, "Four days later", Dct));
    }

    [Fact]
    public void ReadsThatYearAndBackThenAsTheLastMentionedDate()
    {
        const string text = "A trade office opened in 1971. That year the first charter flights began. "
            + "Officials said back then that more would follow.";
        var timexes = Tag(text, Dct);

        Assert.Equal("1971", timexes.Single(t => t.Text == "That year").Value);
        Assert.Equal("1971", timexes.Single(t => t.Text == "back then").Value);
    }

    [Fact]
    public void ReadsThatSeasonAndThatMonthInTheLastMentionedYear()
    {
        const string text = "The border was redrawn in 1875. That summer settlers arrived, and that August a fort went up.";
        var timexes = Tag(text, Dct);

        Assert.Equal("1875-SU", timexes.Single(t => t.Text == "That summer").Value);
        Assert.Equal("1875-08", timexes.Single(t => t.Text == "that August").Value);
    }

    [Fact]
    public void ReadsADayOfTheFollowingYear()
    {
        const string text = "The delegates signed on September 8, 1951. The pact took effect on April 28 the following year.";

        Assert.Equal("1952-04-28", ValueOf(text, "April 28 the following year", Dct));
    }

    [Fact]
    public void DoesNotAnchorOnADateInAPastPerfectClause()
    {
        const string text = "The treaty was signed in 1951. The islands, which Japan had governed from 1905, "
            + "changed hands. The next year a new border was drawn.";

        Assert.Equal("1952", ValueOf(text, "The next year", Dct));
    }

    [Fact]
    public void CountsBackFromTheDocumentDateWhenNothingWasMentioned() =>
        Assert.Equal("2024", ValueOf("Two years later the dispute flared again.", "Two years later", Dct));

    [Fact]
    public void ReadsYearsAgoTodayAsThatDay() =>
        Assert.Equal("1972-06-30", ValueOf("Fifty years ago today the two ministers shook hands.", "Fifty years ago today", Dct));
}
