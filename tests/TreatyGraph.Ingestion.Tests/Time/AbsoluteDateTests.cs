using TreatyGraph.Ingestion.Time;
using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

public sealed class AbsoluteDateTests
{
    [Theory]
    [InlineData("The accord was initialled on March 22, 2013, in Geneva.", "March 22, 2013", "2013-03-22")]
    [InlineData("The envoys met on 4 July 1994 in Vienna.", "4 July 1994", "1994-07-04")]
    [InlineData("It entered into force on Dec. 12, 1956 after ratification.", "Dec. 12, 1956", "1956-12-12")]
    [InlineData("The note is dated 2001-09-14 and signed by the minister.", "2001-09-14", "2001-09-14")]
    [InlineData("The protocol of 11/30/1999 was never ratified.", "11/30/1999", "1999-11-30")]
    [InlineData("A memo of 30/11/1999 set out the terms.", "30/11/1999", "1999-11-30")]
    [InlineData("Talks resumed on Tuesday, Sept. 3, 2002, in Oslo.", "Tuesday, Sept. 3, 2002", "2002-09-03")]
    [InlineData("Delegates gathered on the 9th of August, 1945 for the vote.", "the 9th of August, 1945", "1945-08-09")]
    public void ReadsFullDatesInTheCommonFormats(string text, string phrase, string value)
    {
        var timex = Find(text, phrase, "2020-01-15");

        Assert.Equal(TimexType.Date, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Theory]
    [InlineData("The island changed hands in 1875 under a treaty.", "1875", "1875")]
    [InlineData("The two sides last met in May 2010 in Sochi.", "May 2010", "2010-05")]
    [InlineData("A new round of talks opened in October of 1998.", "October of 1998", "1998-10")]
    [InlineData("Fishing rights were settled by 1977, officials said.", "1977", "1977")]
    [InlineData("The 1993 declaration named all four islands.", "1993", "1993")]
    public void ReadsYearsAndMonthsOfAYear(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, "2020-01-15"));

    [Theory]
    [InlineData("The border was mapped in the 1890s by a joint commission.", "1890s", "189")]
    [InlineData("Trade grew through the '70s despite the dispute.", "'70s", "197")]
    [InlineData("Such claims date from the 19th century.", "19th century", "18")]
    [InlineData("Both navies expanded in the twentieth century.", "twentieth century", "19")]
    public void ReadsDecadesAndCenturiesAsTheirLeadingDigits(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, "2020-01-15"));

    [Theory]
    [InlineData("A crowd of 2000 protesters gathered outside the embassy.")]
    [InlineData("The fleet has 1200 vessels and 300 aircraft.")]
    [InlineData("Turnout rose by 1500 votes on the island.")]
    public void DoesNotTakeCountsForYears(string text) =>
        Assert.DoesNotContain(Tag(text, "2020-01-15"), t => t.Type == TimexType.Date);

    [Theory]
    [InlineData("Officials may meet again before the vote.")]
    [InlineData("Protesters will march to the ministry.")]
    [InlineData("The Sunday Times reported the talks had stalled.")]
    [InlineData("The Good Friday Agreement was cited by both envoys.")]
    public void IgnoresWordsThatOnlyLookLikeDates(string text) =>
        Assert.Empty(Tag(text, "2020-01-15"));
}
