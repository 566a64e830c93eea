using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

public sealed class FuzzyDateParsingTests
{
    // The examples of the Library of Congress EDTF specification for the features we claim.
    [Theory]
    [InlineData("1985-04-12")]
    [InlineData("1985-04")]
    [InlineData("1985")]
    [InlineData("0000")]
    [InlineData("1985-04-12T23:20:30")]
    [InlineData("1985-04-12T23:20:30Z")]
    [InlineData("1985-04-12T23:20:30-04")]
    [InlineData("1985-04-12T23:20:30+04:30")]
    [InlineData("2001-02-03T09:30:01")]
    [InlineData("1964/2008")]
    [InlineData("2004-06/2006-08")]
    [InlineData("2004-02-01/2005-02-08")]
    [InlineData("2004-02-01/2005-02")]
    [InlineData("2004-02-01/2005")]
    [InlineData("2005/2006-02")]
    [InlineData("2001-21")]
    [InlineData("1984?")]
    [InlineData("2004-06~")]
    [InlineData("2004-06-11%")]
    [InlineData("201X")]
    [InlineData("20XX")]
    [InlineData("2004-XX")]
    [InlineData("1985-04-XX")]
    [InlineData("1985-XX-XX")]
    [InlineData("1985-04-12/..")]
    [InlineData("1985-04/..")]
    [InlineData("1985/..")]
    [InlineData("../1985-04-12")]
    [InlineData("../1985-04")]
    [InlineData("../1985")]
    [InlineData("1985-04-12/")]
    [InlineData("1985-04/")]
    [InlineData("1985/")]
    [InlineData("/1985-04-12")]
    [InlineData("/1985-04")]
    [InlineData("/1985")]
    [InlineData("1984~/2004-06")]
    [InlineData("1984/2004-06~")]
    [InlineData("1984~/2004~")]
    [InlineData("1984?/2004%")]
    [InlineData("1984-06?/2004-08?")]
    [InlineData("1984-06-02?/2004-08-08~")]
    [InlineData("1984-06-02?/")]
    [InlineData("-1985")]
    [InlineData("2001-34")]
    [InlineData("2019-28")]
    [InlineData("1XXX-XX")]
    public void AcceptsTheSpecificationExamplesAndKeepsTheirText(string edtf)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(edtf, date.ToString());
    }

    [Theory]
    [InlineData(" 1956-10-19", "1956-10-19")]
    [InlineData("1991/..\n", "1991/..")]
    [InlineData("\t2018-11 ", "2018-11")]
    public void TrimsSurroundingWhiteSpace(string input, string edtf)
    {
        Assert.Equal(edtf, FuzzyDate.Parse(input).Edtf);
    }

    [Theory]
    [InlineData("1956-10-19", false)]
    [InlineData("195X", false)]
    [InlineData("2019-37", false)]
    [InlineData("1945/1946", true)]
    [InlineData("1991/..", true)]
    [InlineData("../1991", true)]
    [InlineData("1991/", true)]
    [InlineData("/1991", true)]
    public void IsAnIntervalOnlyWithASlash(string edtf, bool interval)
    {
        Assert.Equal(interval, FuzzyDate.Parse(edtf).IsInterval);
    }

    [Theory]
    [InlineData("1984", EdtfQualifier.None)]
    [InlineData("1984?", EdtfQualifier.Uncertain)]
    [InlineData("2004-06~", EdtfQualifier.Approximate)]
    [InlineData("2004-06-11%", EdtfQualifier.Uncertain | EdtfQualifier.Approximate)]
    [InlineData("201X~", EdtfQualifier.Approximate)]
    [InlineData("2001-21?", EdtfQualifier.Uncertain)]
    [InlineData("1984~/2004-06", EdtfQualifier.Approximate)]
    [InlineData("1984/2004-06~", EdtfQualifier.Approximate)]
    [InlineData("1984?/2004~", EdtfQualifier.Uncertain | EdtfQualifier.Approximate)]
    [InlineData("1984-06-02?/", EdtfQualifier.Uncertain)]
    [InlineData("../2004%", EdtfQualifier.Uncertain | EdtfQualifier.Approximate)]
    public void ReadsQualifiersFromEitherEnd(string edtf, EdtfQualifier qualifier)
    {
        Assert.Equal(qualifier, FuzzyDate.Parse(edtf).Qualifier);
    }

    [Theory]
    [InlineData("1985-04-12T23:20:30")]
    [InlineData("1985-04-12T00:00:00Z")]
    [InlineData("1985-04-12T23:59:59+14:00")]
    [InlineData("1985-04-12T23:20:30-04")]
    [InlineData("1985-04-12T23:20:30.250Z")]
    public void ReadsADateTimeAsTheDayItNames(string edtf)
    {
        var date = FuzzyDate.Parse(edtf);

        Assert.Equal("1985-04-12", date.Earliest);
        Assert.Equal("1985-04-12", date.Latest);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Fact]
    public void FromDayMakesADayPrecisionDate()
    {
        var date = FuzzyDate.FromDay(new DateOnly(1956, 10, 19));

        Assert.Equal("1956-10-19", date.Edtf);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Theory]
    [InlineData(1956, "1956")]
    [InlineData(33, "0033")]
    [InlineData(0, "0000")]
    [InlineData(-43, "-0043")]
    [InlineData(-9999, "-9999")]
    public void FromYearMakesAYearPrecisionDate(int year, string edtf)
    {
        var date = FuzzyDate.FromYear(year);

        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(DatePrecision.Year, date.Precision);
    }

    [Theory]
    [InlineData(10000)]
    [InlineData(-10000)]
    [InlineData(int.MinValue)]
    public void FromYearRejectsYearsBeyondFourDigits(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromYear(year));
    }

    [Fact]
    public void TryParseGivesTheDateAndNoError()
    {
        Assert.True(FuzzyDate.TryParse("2018-11", out var date, out var error));

        Assert.Equal("2018-11", date.Edtf);
        Assert.Null(error);
        Assert.True(FuzzyDate.TryParse("1945/1991", out var interval));
        Assert.True(interval.IsInterval);
    }

    [Fact]
    public void KeepsThePhraseItWasReadFrom()
    {
        var date = FuzzyDate.Parse("2018-11") with { Phrase = "later in November" };

        Assert.Equal("later in November", date.Phrase);
        Assert.Equal("2018-11", date.Edtf);
        Assert.Equal("November 2018", date.Display);
    }
}
