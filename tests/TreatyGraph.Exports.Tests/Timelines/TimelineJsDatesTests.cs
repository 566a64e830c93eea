using TreatyGraph.Core.Time;
using TreatyGraph.Exports.Timelines;

namespace TreatyGraph.Exports.Tests.Timelines;

public sealed class TimelineJsDatesTests
{
    [Theory]
    [InlineData("1956-10-19", 1956, 10, 19)]
    [InlineData("2018-11", 2018, 11, null)]
    [InlineData("1992", 1992, null, null)]
    [InlineData("1956?", 1956, null, null)]
    [InlineData("2018-11-14~", 2018, 11, 14)]
    [InlineData("-0044-03-15", -44, 3, 15)]
    public void SingleDatesKeepExactlyTheirParts(string edtf, int year, int? month, int? day)
    {
        var span = TimelineJsDates.Map(FuzzyDate.Parse(edtf));

        Assert.Equal(new TimelineJsDate(year, month, day), span.Start);
        Assert.Null(span.End);
    }

    [Theory]
    [InlineData("2019-37", 2019, 1, 2019, 4)]
    [InlineData("2019-21", 2019, 3, 2019, 5)]
    [InlineData("2019-24", 2019, 12, 2020, 2)]
    [InlineData("2019-35", 2019, 7, 2019, 9)]
    [InlineData("2019-41", 2019, 7, 2019, 12)]
    public void SubYearGroupingsSpanTheirFirstAndLastMonths(string edtf, int startYear, int startMonth, int endYear, int endMonth)
    {
        var span = TimelineJsDates.Map(FuzzyDate.Parse(edtf));

        Assert.Equal(new TimelineJsDate(startYear, startMonth), span.Start);
        Assert.Equal(new TimelineJsDate(endYear, endMonth), span.End);
    }

    [Theory]
    [InlineData("195X", 1950, 1959)]
    [InlineData("19XX", 1900, 1999)]
    public void DecadesAndCenturiesSpanTheirFirstAndLastYears(string edtf, int first, int last)
    {
        var span = TimelineJsDates.Map(FuzzyDate.Parse(edtf));

        Assert.Equal(new TimelineJsDate(first), span.Start);
        Assert.Equal(new TimelineJsDate(last), span.End);
    }

    [Fact]
    public void IntervalEndsAreMappedEachByItsOwnPrecision()
    {
        var span = TimelineJsDates.Map(FuzzyDate.Parse("1945-08-18/1945-09"));

        Assert.Equal(new TimelineJsDate(1945, 8, 18), span.Start);
        Assert.Equal(new TimelineJsDate(1945, 9), span.End);
    }

    [Fact]
    public void AnIntervalFromADecadeStartsAtItsFirstYearAndEndsAtTheLastDateOfItsEnd()
    {
        var span = TimelineJsDates.Map(FuzzyDate.Parse("195X/2019-37"));

        Assert.Equal(new TimelineJsDate(1950), span.Start);
        Assert.Equal(new TimelineJsDate(2019, 4), span.End);
    }

    [Theory]
    [InlineData("1991-12-26/..")]
    [InlineData("1991-12-26/")]
    public void AnIntervalWithoutAKnownEndHasOnlyAStart(string edtf)
    {
        var span = TimelineJsDates.Map(FuzzyDate.Parse(edtf));

        Assert.Equal(new TimelineJsDate(1991, 12, 26), span.Start);
        Assert.Null(span.End);
    }

    [Fact]
    public void AnIntervalOpenAtItsStartIsPlacedAtItsEnd()
    {
        var span = TimelineJsDates.Map(FuzzyDate.Parse("../1991-12"));

        Assert.Equal(new TimelineJsDate(1991, 12), span.Start);
        Assert.Null(span.End);
    }
}
