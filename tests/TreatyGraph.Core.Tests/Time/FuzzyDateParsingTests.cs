using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

public sealed class FuzzyDateParsingTests
{
    [Theory]
    [InlineData("1956-10-19", "1956-10-19", "1956-10-19", DatePrecision.Day, "19 October 1956")]
    [InlineData("2018-11", "2018-11-01", "2018-11-30", DatePrecision.Month, "November 2018")]
    [InlineData("2019-37", "2019-01-01", "2019-04-30", DatePrecision.Quadrimester, "early 2019")]
    [InlineData("195X", "1950-01-01", "1959-12-31", DatePrecision.Decade, "the 1950s")]
    [InlineData("1945/1946", "1945-01-01", "1946-12-31", DatePrecision.Year, "1945–1946")]
    [InlineData("2019-24", "2019-12-01", "2020-02-29", DatePrecision.Season, "winter 2019")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29", DatePrecision.Month, "February 2000")]
    public void ParsesBoundsPrecisionAndDisplay(string edtf, string earliest, string latest, DatePrecision precision, string display)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(earliest, date.Earliest);
        Assert.Equal(latest, date.Latest);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(display, date.Display);
    }

    [Fact]
    public void OpenEndedIntervalHasNoLatestDay()
    {
        var date = FuzzyDate.Parse("1991/..");

        Assert.Equal("1991-01-01", date.Earliest);
        Assert.Null(date.Latest);
        Assert.Equal(FuzzyDate.OpenEndKey, date.LatestKey);
        Assert.Equal("since 1991", date.Display);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1956-13")]
    [InlineData("1956-02-30")]
    [InlineData("1960/1956")]
    [InlineData("19-10-1956")]
    [InlineData("XXXX")]
    [InlineData("../..")]
    [InlineData("195")]
    public void RejectsInvalidEdtfWithAReason(string edtf)
    {
        var ex = Assert.Throws<EdtfFormatException>(() => FuzzyDate.Parse(edtf));

        Assert.Contains("not a valid EDTF date", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BceKeysSortChronologically()
    {
        var ides = FuzzyDate.Parse("-0043-03-15");
        var later = FuzzyDate.Parse("-0043-12-31");
        var earlierYear = FuzzyDate.Parse("-0044");

        Assert.True(ides.EarliestKey < later.EarliestKey);
        Assert.True(earlierYear.LatestKey < ides.EarliestKey);
        Assert.Equal("-0043-03-15", ides.Earliest);
        Assert.Equal("15 March 44 BCE", ides.Display);
    }
}
