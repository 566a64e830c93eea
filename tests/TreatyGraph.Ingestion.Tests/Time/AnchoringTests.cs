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

    [Fact]
    public void PutsAClockTimeOnTheDayTheSentenceBeforeNamed()
    {
        const string text = "Voters went to the polls on Tuesday. Polls closed at 8 p.m., and the count began.";

        Assert.Equal("2022-06-28T20:00", ValueOf(text, "8 p.m.", Dct));
    }

    [Fact]
    public void PutsAClockTimeOnTheDocumentDateWhenTheSentenceBeforeNamesNoDay()
    {
        const string text = "Directors will meet on July 14. Investors welcomed the figures. The shares were up at noon.";

        Assert.Equal("2022-06-30T12:00", ValueOf(text, "noon", Dct));
    }

    [Fact]
    public void KeepsYearlessDatesInTheYearOfAStoryToldInThePast()
    {
        const string text = "In February 1945 the leaders met at Yalta. On April 5 the envoy was told the pact would lapse. "
            + "On the evening of Aug. 8 he was summoned again. Troops landed on Aug. 18.";
        var timexes = Tag(text, Dct);

        Assert.Equal("1945-04-05", timexes.Single(t => t.Text == "April 5").Value);
        Assert.Equal("1945-08-08", timexes.Single(t => t.Text == "Aug. 8").Value);
        Assert.Equal("1945-08-18", timexes.Single(t => t.Text == "Aug. 18").Value);
    }

    [Fact]
    public void MovesAStoryIntoTheNextYearWhenItsMonthsRunOn()
    {
        const string text = "The declaration took effect on Dec. 12, 1956. In January the first fishing boats sailed.";

        Assert.Equal("1957-01", ValueOf(text, "January", Dct));
    }

    [Fact]
    public void ReadsYearlessDatesByTheNewsDateOnceTheStoryReturnsToThePresent()
    {
        const string text = "The treaty was signed in October 1956. Ministers met for hours. Little came of it. "
            + "Decades passed. The foreign minister said in March that talks would resume.";

        Assert.Equal("2022-03", ValueOf(text, "March", Dct));
    }
}
