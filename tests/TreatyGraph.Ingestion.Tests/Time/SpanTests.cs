using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

public sealed class SpanTests
{
    [Fact]
    public void OffsetsPointAtTheWordsInTheText()
    {
        const string text = "On Monday, Oct. 19, 1992, and again last week, the envoys met for three hours.";

        foreach (var timex in Tag(text, "1992-10-30"))
        {
            Assert.Equal(timex.Text, text[timex.Start..timex.End]);
        }
    }

    [Fact]
    public void PrefersTheLongestReadingAndNeverOverlaps()
    {
        const string text = "Officials expect a deal in early next year or by March 22, 2019 at the latest.";

        var timexes = Tag(text, "2018-11-22");

        Assert.Equal(["early next year", "March 22, 2019"], timexes.Select(t => t.Text));
        Assert.All(timexes.Zip(timexes.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void ReturnsNothingForTextWithoutTime() =>
        Assert.Empty(Tag("The delegation discussed fisheries and visa rules.", "2018-11-22"));

    [Fact]
    public void TagsTheSameTextTheSameWayEveryTime()
    {
        const string text = "Two days later, on Friday, the ministers met again; talks resume next month.";

        Assert.Equal(Tag(text, "2020-02-05"), Tag(text, "2020-02-05"));
    }
}
