using System.Globalization;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Time;

public sealed class FuzzyDateDisplayTests
{
    [Theory]
    [InlineData("1956-10-19", "19 October 1956")]
    [InlineData("1956-10-01", "1 October 1956")]
    [InlineData("2018-11", "November 2018")]
    [InlineData("1985-04-XX", "April 1985")]
    [InlineData("1956", "1956")]
    [InlineData("1985-XX-XX", "1985")]
    [InlineData("0033", "33")]
    [InlineData("1985-04-12T23:20:30Z", "12 April 1985")]
    public void ShowsADateAtItsOwnPrecision(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Theory]
    [InlineData("2019-21", "spring 2019")]
    [InlineData("2019-22", "summer 2019")]
    [InlineData("2019-23", "autumn 2019")]
    [InlineData("2019-24", "winter 2019")]
    [InlineData("2019-25", "spring 2019 (Northern Hemisphere)")]
    [InlineData("2019-28", "winter 2019 (Northern Hemisphere)")]
    [InlineData("2019-29", "spring 2019 (Southern Hemisphere)")]
    [InlineData("2019-30", "summer 2019 (Southern Hemisphere)")]
    [InlineData("2019-31", "autumn 2019 (Southern Hemisphere)")]
    [InlineData("2019-32", "winter 2019 (Southern Hemisphere)")]
    [InlineData("2019-33", "first quarter of 2019")]
    [InlineData("2019-34", "second quarter of 2019")]
    [InlineData("2019-35", "third quarter of 2019")]
    [InlineData("2019-36", "fourth quarter of 2019")]
    [InlineData("2019-37", "early 2019")]
    [InlineData("2019-38", "mid-2019")]
    [InlineData("2019-39", "late 2019")]
    [InlineData("2019-40", "first half of 2019")]
    [InlineData("2019-41", "second half of 2019")]
    [InlineData("-0043-37", "early 44 BCE")]
    public void NamesEverySubYearGrouping(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Theory]
    [InlineData("195X", "the 1950s")]
    [InlineData("201X", "the 2010s")]
    [InlineData("19XX", "the 1900s")]
    [InlineData("190X", "1900–1909")]
    [InlineData("200X", "2000–2009")]
    [InlineData("1XXX", "1000–1999")]
    [InlineData("050X", "500–509")]
    [InlineData("000X", "1 BCE–9 CE")]
    [InlineData("19XX-XX", "the 1900s")]
    public void ShowsDecadesAndCenturiesSoThatTheyCannotBeConfused(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Fact]
    public void ADecadeAndACenturyStartingTheSameYearReadDifferently()
    {
        Assert.NotEqual(FuzzyDate.Parse("190X").Display, FuzzyDate.Parse("19XX").Display);
        Assert.NotEqual(FuzzyDate.Parse("200X").Display, FuzzyDate.Parse("20XX").Display);
    }

    [Theory]
    [InlineData("-0043-03-15", "15 March 44 BCE")]
    [InlineData("-0043-03", "March 44 BCE")]
    [InlineData("-0043", "44 BCE")]
    [InlineData("-1985", "1986 BCE")]
    [InlineData("0000", "1 BCE")]
    [InlineData("0001", "1")]
    public void CountsYearsBeforeTheCommonEraWithoutAYearZero(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Theory]
    [InlineData("1984?", "1984 (uncertain)")]
    [InlineData("2004-06~", "c. June 2004")]
    [InlineData("2004-06-11%", "c. 11 June 2004 (uncertain)")]
    [InlineData("195X~", "c. the 1950s")]
    [InlineData("2019-37?", "early 2019 (uncertain)")]
    [InlineData("-0043~", "c. 44 BCE")]
    public void SaysWhenADateIsUncertainOrApproximate(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Theory]
    [InlineData("1956-10-19/1956-10-20", "19–20 October 1956")]
    [InlineData("1956-10-19/1956-11-02", "19 October – 2 November 1956")]
    [InlineData("1956-10-19/1956-12", "19 October – December 1956")]
    [InlineData("1956-10/1956-12-12", "October – 12 December 1956")]
    [InlineData("2019-03/2019-05", "March–May 2019")]
    [InlineData("1956-10-19/1956-10-19", "19 October 1956")]
    [InlineData("2019-03/2019-03", "March 2019")]
    [InlineData("1956/1956", "1956")]
    [InlineData("-0043-03-01/-0043-03-15", "1–15 March 44 BCE")]
    public void SaysTheYearOnceForAnIntervalWithinOneYear(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Theory]
    [InlineData("1945/1946", "1945–1946")]
    [InlineData("1945/1991", "1945–1991")]
    [InlineData("-0100/-0043", "101–44 BCE")]
    [InlineData("-0043/0014", "44 BCE–14 CE")]
    [InlineData("0000/0005", "1 BCE–5 CE")]
    [InlineData("1956-10-19/1957-12-12", "19 October 1956 – 12 December 1957")]
    [InlineData("2004-06/2006-08", "June 2004 – August 2006")]
    [InlineData("1945-09/1991-12-26", "September 1945 – 26 December 1991")]
    [InlineData("1956/1956-10", "1956 – October 1956")]
    [InlineData("2019-21/2019-23", "spring 2019 – autumn 2019")]
    [InlineData("195X/196X", "the 1950s – the 1960s")]
    [InlineData("1984~/2004-06", "c. 1984 – June 2004")]
    [InlineData("1984?/2004%", "1984 (uncertain) – c. 2004 (uncertain)")]
    public void ShowsBothEndsOfAnIntervalAcrossYears(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Theory]
    [InlineData("1991/..", "since 1991")]
    [InlineData("1956-10-19/..", "since 19 October 1956")]
    [InlineData("../1956-10", "until October 1956")]
    [InlineData("1991/", "from 1991, end unknown")]
    [InlineData("/1985-04-12", "until 12 April 1985, start unknown")]
    [InlineData("1984-06-02?/", "from 2 June 1984 (uncertain), end unknown")]
    [InlineData("195X/..", "since the 1950s")]
    public void SaysWhichEndIsOpenAndWhichUnknown(string edtf, string display)
    {
        Assert.Equal(display, FuzzyDate.Parse(edtf).Display);
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("ja-JP")]
    public void DoesNotDependOnTheCurrentCulture(string culture)
    {
        string[] samples = ["1956-10-19", "-0043-03-15", "195X", "2019-37", "-0100/-0043", "1956-10-19/1956-10-20"];
        var invariant = Displays(CultureInfo.InvariantCulture);

        Assert.Equal(invariant, Displays(CultureInfo.GetCultureInfo(culture)));

        string[] Displays(CultureInfo ci)
        {
            var saved = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = ci;
            try
            {
                return [.. samples.Select(s => FuzzyDate.Parse(s)).Select(d => $"{d.Display}|{d.Earliest}|{d.Latest}")];
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
