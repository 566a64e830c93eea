using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

public sealed class FuzzyDateBoundsTests
{
    [Theory]
    [InlineData("1956-10-19", "1956-10-19", "1956-10-19", DatePrecision.Day)]
    [InlineData("2018-11", "2018-11-01", "2018-11-30", DatePrecision.Month)]
    [InlineData("1956", "1956-01-01", "1956-12-31", DatePrecision.Year)]
    [InlineData("1985-04-XX", "1985-04-01", "1985-04-30", DatePrecision.Month)]
    [InlineData("1985-XX-XX", "1985-01-01", "1985-12-31", DatePrecision.Year)]
    [InlineData("2004-XX", "2004-01-01", "2004-12-31", DatePrecision.Year)]
    [InlineData("195X", "1950-01-01", "1959-12-31", DatePrecision.Decade)]
    [InlineData("201X", "2010-01-01", "2019-12-31", DatePrecision.Decade)]
    [InlineData("19XX", "1900-01-01", "1999-12-31", DatePrecision.Century)]
    [InlineData("1XXX", "1000-01-01", "1999-12-31", DatePrecision.Millennium)]
    [InlineData("1XXX-XX", "1000-01-01", "1999-12-31", DatePrecision.Millennium)]
    [InlineData("000X", "0000-01-01", "0009-12-31", DatePrecision.Decade)]
    [InlineData("1984?", "1984-01-01", "1984-12-31", DatePrecision.Year)]
    [InlineData("2004-06-11%", "2004-06-11", "2004-06-11", DatePrecision.Day)]
    public void CoversTheDaysOfItsPrecision(string edtf, string earliest, string latest, DatePrecision precision)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal(earliest, date.Earliest);
        Assert.Equal(latest, date.Latest);
        Assert.Equal(precision, date.Precision);
    }

    // Months of each grouping per EDTF/ISO 8601-2: 21-24 and 25-28 spring..winter (northern), 29-32
    // spring..winter of the southern hemisphere, 33-36 quarters, 37-39 thirds, 40-41 halves.
    [Theory]
    [InlineData(21, "2019-03-01", "2019-05-31", DatePrecision.Season)]
    [InlineData(22, "2019-06-01", "2019-08-31", DatePrecision.Season)]
    [InlineData(23, "2019-09-01", "2019-11-30", DatePrecision.Season)]
    [InlineData(24, "2019-12-01", "2020-02-29", DatePrecision.Season)]
    [InlineData(25, "2019-03-01", "2019-05-31", DatePrecision.Season)]
    [InlineData(26, "2019-06-01", "2019-08-31", DatePrecision.Season)]
    [InlineData(27, "2019-09-01", "2019-11-30", DatePrecision.Season)]
    [InlineData(28, "2019-12-01", "2020-02-29", DatePrecision.Season)]
    [InlineData(29, "2019-09-01", "2019-11-30", DatePrecision.Season)]
    [InlineData(30, "2019-12-01", "2020-02-29", DatePrecision.Season)]
    [InlineData(31, "2019-03-01", "2019-05-31", DatePrecision.Season)]
    [InlineData(32, "2019-06-01", "2019-08-31", DatePrecision.Season)]
    [InlineData(33, "2019-01-01", "2019-03-31", DatePrecision.Quarter)]
    [InlineData(34, "2019-04-01", "2019-06-30", DatePrecision.Quarter)]
    [InlineData(35, "2019-07-01", "2019-09-30", DatePrecision.Quarter)]
    [InlineData(36, "2019-10-01", "2019-12-31", DatePrecision.Quarter)]
    [InlineData(37, "2019-01-01", "2019-04-30", DatePrecision.Quadrimester)]
    [InlineData(38, "2019-05-01", "2019-08-31", DatePrecision.Quadrimester)]
    [InlineData(39, "2019-09-01", "2019-12-31", DatePrecision.Quadrimester)]
    [InlineData(40, "2019-01-01", "2019-06-30", DatePrecision.Half)]
    [InlineData(41, "2019-07-01", "2019-12-31", DatePrecision.Half)]
    public void CoversTheMonthsOfEachSubYearGrouping(int code, string earliest, string latest, DatePrecision precision)
    {
        var date = FuzzyDate.Parse($"2019-{code}");

        Assert.Equal(earliest, date.Earliest);
        Assert.Equal(latest, date.Latest);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void WinterEndsWithTheLastDayOfFebruaryOfTheNextYear()
    {
        Assert.Equal("2024-02-29", FuzzyDate.Parse("2023-24").Latest);
        Assert.Equal("1901-02-28", FuzzyDate.Parse("1900-24").Latest);
        Assert.Equal("-0043-02-28", FuzzyDate.Parse("-0044-24").Latest);
    }

    [Theory]
    [InlineData("2000-02", "2000-02-29")]
    [InlineData("2024-02", "2024-02-29")]
    [InlineData("2023-02", "2023-02-28")]
    [InlineData("1900-02", "1900-02-28")]
    [InlineData("0000-02", "0000-02-29")]
    [InlineData("-0004-02", "-0004-02-29")]
    [InlineData("-0001-02", "-0001-02-28")]
    [InlineData("-0100-02", "-0100-02-28")]
    [InlineData("-0400-02", "-0400-02-29")]
    public void FebruaryFollowsTheProlepticGregorianLeapYears(string edtf, string latest)
    {
        Assert.Equal(latest, FuzzyDate.Parse(edtf).Latest);
    }

    [Theory]
    [InlineData("2000-02-29")]
    [InlineData("2024-02-29")]
    [InlineData("0000-02-29")]
    [InlineData("-0004-02-29")]
    public void AcceptsTheTwentyNinthOfFebruaryInALeapYear(string edtf)
    {
        Assert.Equal(edtf, FuzzyDate.Parse(edtf).Earliest);
    }

    [Theory]
    [InlineData("-0043-03-15", "-0043-03-15", "-0043-03-15", (-43 * 10000) + 315)]
    [InlineData("-1985", "-1985-01-01", "-1985-12-31", (-1985 * 10000) + 101)]
    [InlineData("0000", "0000-01-01", "0000-12-31", 101)]
    public void WritesBceBoundsWithAMinusSign(string edtf, string earliest, string latest, int earliestKey)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal(earliest, date.Earliest);
        Assert.Equal(latest, date.Latest);
        Assert.Equal(earliestKey, date.EarliestKey);
    }

    [Theory]
    [InlineData("1956-10-19", 19561019, 19561019)]
    [InlineData("2018-11", 20181101, 20181130)]
    [InlineData("195X", 19500101, 19591231)]
    [InlineData("2019-24", 20191201, 20200229)]
    [InlineData("1945-09/1991-12-26", 19450901, 19911226)]
    public void KeysAreTheBoundsAsYyyymmdd(string edtf, int earliestKey, int latestKey)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal(earliestKey, date.EarliestKey);
        Assert.Equal(latestKey, date.LatestKey);
    }

    [Theory]
    [InlineData("1945/1991-12-26", DatePrecision.Year)]
    [InlineData("1956-10-19/1956-12", DatePrecision.Month)]
    [InlineData("2019-37/2019-11-02", DatePrecision.Quadrimester)]
    [InlineData("1950/196X", DatePrecision.Decade)]
    [InlineData("1956-10-19/..", DatePrecision.Day)]
    [InlineData("../1956-10", DatePrecision.Month)]
    [InlineData("/1956", DatePrecision.Year)]
    public void AnIntervalHasTheCoarserPrecisionOfItsKnownEnds(string edtf, DatePrecision precision)
    {
        Assert.Equal(precision, FuzzyDate.Parse(edtf).Precision);
    }

    [Theory]
    [InlineData(19561019, "1956-10-19")]
    [InlineData(101, "0000-01-01")]
    [InlineData((-43 * 10000) + 315, "-0043-03-15")]
    [InlineData((-9999 * 10000) + 1231, "-9999-12-31")]
    [InlineData(99991231, "9999-12-31")]
    public void KeyToIsoWritesTheDay(int key, string iso)
    {
        Assert.Equal(iso, FuzzyDate.KeyToIso(key));
    }

    [Theory]
    [InlineData(FuzzyDate.OpenStartKey)]
    [InlineData(FuzzyDate.OpenEndKey)]
    [InlineData(19561301)]
    [InlineData(19560230)]
    [InlineData(19561000)]
    [InlineData(0)]
    public void KeyToIsoRejectsWhatIsNotADay(int key)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.KeyToIso(key));
    }
}
