using TreatyGraph.Ingestion.Time;

namespace TreatyGraph.Ingestion.Tests.Time;

public sealed class TimexEdtfTests
{
    private static readonly DateOnly Dct = new(2018, 11, 22);

    [Theory]
    [InlineData("2018-11-14", null, "2018-11-14")]
    [InlineData("2018-11", null, "2018-11")]
    [InlineData("1956", null, "1956")]
    [InlineData("2019", TimexMod.Start, "2019-37")]
    [InlineData("2019", TimexMod.Mid, "2019-38")]
    [InlineData("2019", TimexMod.End, "2019-39")]
    [InlineData("2019-Q1", null, "2019-33")]
    [InlineData("2019-H2", null, "2019-41")]
    [InlineData("2012-SU", null, "2012-22")]
    [InlineData("195", null, "195X")]
    [InlineData("195", TimexMod.End, "1957/1959")]
    [InlineData("19", null, "19XX")]
    [InlineData("19", TimexMod.Mid, "195X")]
    [InlineData("19", TimexMod.Start, "190X/192X")]
    [InlineData("2012-12", TimexMod.Start, "2012-12-01/2012-12-10")]
    [InlineData("2013-W12", null, "2013-03-18/2013-03-24")]
    [InlineData("2013-W12-WE", null, "2013-03-23/2013-03-24")]
    [InlineData("2013-03-23T15:00", null, "2013-03-23")]
    [InlineData("1950", TimexMod.Approx, "1950~")]
    public void ConvertsTimexValuesToEdtfWithoutInventingPrecision(string value, TimexMod? mod, string edtf)
    {
        var timex = new Timex(0, 5, "words", TimexType.Date, value) { Mod = mod };

        var date = TemporalTagger.ToFuzzyDate(timex, Dct);

        Assert.NotNull(date);
        Assert.Equal(edtf, date.Edtf);
        Assert.Equal("words", date.Phrase);
    }

    [Fact]
    public void GivesNowTheDocumentDate()
    {
        var now = new Timex(0, 3, "now", TimexType.Date, "PRESENT_REF");

        Assert.Equal("2018-11-22", TemporalTagger.ToFuzzyDate(now, Dct)?.Edtf);
        Assert.Null(TemporalTagger.ToFuzzyDate(now, documentDate: null));
    }

    [Theory]
    [InlineData(TimexType.Duration, "P1M")]
    [InlineData(TimexType.Set, "XXXX")]
    [InlineData(TimexType.Date, "PAST_REF")]
    [InlineData(TimexType.Date, "FUTURE_REF")]
    [InlineData(TimexType.Date, "XXXX-06")]
    [InlineData(TimexType.Date, "XXXX-WXX-5")]
    public void GivesNoDateForDurationsSetsAndUnanchoredValues(TimexType type, string value) =>
        Assert.Null(TemporalTagger.ToFuzzyDate(new Timex(0, 1, "x", type, value), Dct));

    [Theory]
    [InlineData("He hopes to meet Putin in Argentina later in November.", "2018-11")]
    [InlineData("He plans to visit Russia early next year.", "2019-37")]
    [InlineData("He expects Putin to attend a summit in Japan in June.", "2019-06")]
    [InlineData("The two states have negotiated since the mid-20th century.", "195X")]
    [InlineData("In 1956, the two states signed a declaration.", "1956")]
    public void GivesTheExtractorTheDatesOfNewsPhrases(string text, string edtf)
    {
        var timex = Assert.Single(Tagging.Tag(text, "2018-11-22"));

        Assert.Equal(edtf, TemporalTagger.ToFuzzyDate(timex, Dct)?.Edtf);
    }
}
