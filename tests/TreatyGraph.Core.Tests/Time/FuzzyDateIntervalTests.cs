using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

public sealed class FuzzyDateIntervalTests
{
    [Theory]
    [InlineData("1991/..")]
    [InlineData("1991/")]
    public void AnOpenOrUnknownEndHasNoLatestDay(string edtf)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal("1991-01-01", date.Earliest);
        Assert.Null(date.Latest);
        Assert.Equal(FuzzyDate.OpenEndKey, date.LatestKey);
    }

    [Theory]
    [InlineData("../1991-12-26")]
    [InlineData("/1991-12-26")]
    public void AnOpenOrUnknownStartHasNoEarliestDay(string edtf)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Null(date.Earliest);
        Assert.Equal(FuzzyDate.OpenStartKey, date.EarliestKey);
        Assert.Equal("1991-12-26", date.Latest);
    }

    [Theory]
    [InlineData("1964/2008", "1964-01-01", "2008-12-31")]
    [InlineData("2004-06/2006-08", "2004-06-01", "2006-08-31")]
    [InlineData("2004-02-01/2005-02-08", "2004-02-01", "2005-02-08")]
    [InlineData("2004-02-01/2005-02", "2004-02-01", "2005-02-28")]
    [InlineData("2004-02-01/2005", "2004-02-01", "2005-12-31")]
    [InlineData("2005/2006-02", "2005-01-01", "2006-02-28")]
    [InlineData("1956/1956-03", "1956-01-01", "1956-03-31")]
    [InlineData("2019-24/2020-01", "2019-12-01", "2020-01-31")]
    public void RunsFromTheFirstDayOfItsStartToTheLastDayOfItsEnd(string edtf, string earliest, string latest)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal(earliest, date.Earliest);
        Assert.Equal(latest, date.Latest);
    }

    [Fact]
    public void BetweenJoinsTwoDatesIntoAnInterval()
    {
        var start = FuzzyDate.Parse("1945-09");
        var end = FuzzyDate.Parse("1991-12-26");

        var interval = FuzzyDate.Between(start, end);

        Assert.Equal("1945-09/1991-12-26", interval.Edtf);
        Assert.Equal(start.EarliestKey, interval.EarliestKey);
        Assert.Equal(end.LatestKey, interval.LatestKey);
    }

    [Fact]
    public void BetweenLeavesANullEndOpen()
    {
        var since = FuzzyDate.Between(FuzzyDate.Parse("1991-12-26"), null);
        var until = FuzzyDate.Between(null, FuzzyDate.Parse("1945"));

        Assert.Equal("1991-12-26/..", since.Edtf);
        Assert.Equal(FuzzyDate.OpenEndKey, since.LatestKey);
        Assert.Equal("../1945", until.Edtf);
        Assert.Equal(FuzzyDate.OpenStartKey, until.EarliestKey);
    }

    [Fact]
    public void BetweenRejectsTwoOpenEnds()
    {
        var ex = Assert.Throws<EdtfFormatException>(() => FuzzyDate.Between(null, null));

        Assert.Contains("at least one end", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BetweenRejectsIntervalsAsEnds()
    {
        var interval = FuzzyDate.Parse("1945/1946");
        var year = FuzzyDate.Parse("1950");

        Assert.Throws<ArgumentException>(() => FuzzyDate.Between(interval, year));
        Assert.Throws<ArgumentException>(() => FuzzyDate.Between(year, interval));
    }

    [Fact]
    public void BetweenRejectsAnEndBeforeTheStart()
    {
        var ex = Assert.Throws<EdtfFormatException>(() =>
            FuzzyDate.Between(FuzzyDate.Parse("1991"), FuzzyDate.Parse("1945")));

        Assert.Contains("ends before it starts", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1956-10-19", "1956-10", true)]
    [InlineData("1956-10-19", "1956-10-20", false)]
    [InlineData("1956-10-31", "1956-11", false)]
    [InlineData("1956", "195X", true)]
    [InlineData("1945/1991-12-26", "1991-12-26", true)]
    [InlineData("1945/1991-12-26", "1991-12-27", false)]
    [InlineData("1991/..", "2018-11-14", true)]
    [InlineData("1991/..", "1990", false)]
    [InlineData("../1945", "-0043", true)]
    [InlineData("2019-24", "2020-02-29", true)]
    [InlineData("2019-24", "2020-03-01", false)]
    [InlineData("1956-10-19/..", "../1956-10-19", true)]
    public void OverlapsWhenTheyShareADay(string a, string b, bool overlaps)
    {
        var first = FuzzyDate.Parse(a);
        var second = FuzzyDate.Parse(b);

        Assert.Equal(overlaps, first.Overlaps(second));
        Assert.Equal(overlaps, second.Overlaps(first));
    }

    [Theory]
    [InlineData("1956-10-19", "1956-10", true)]
    [InlineData("1956-10", "1956", true)]
    [InlineData("1956", "1956-10", false)]
    [InlineData("1956", "195X", true)]
    [InlineData("195X", "1956", false)]
    [InlineData("2018-11", "1991/..", true)]
    [InlineData("1991/..", "1945/..", true)]
    [InlineData("1945/..", "1991/..", false)]
    [InlineData("1991/..", "1991/2020", false)]
    [InlineData("1956", "1956", true)]
    [InlineData("2020-01", "2019-24", true)]
    public void IsWithinWhenEveryDayItMayBeIsInTheOther(string inner, string outer, bool within)
    {
        Assert.Equal(within, FuzzyDate.Parse(inner).IsWithin(FuzzyDate.Parse(outer)));
    }

    [Fact]
    public void OverlapsAndIsWithinRejectNull()
    {
        var date = FuzzyDate.Parse("1956");

        Assert.Throws<ArgumentNullException>(() => date.Overlaps(null!));
        Assert.Throws<ArgumentNullException>(() => date.IsWithin(null!));
    }
}
