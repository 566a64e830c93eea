using TreatyGraph.Ingestion.Time;
using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

public sealed class DurationAndSetTests
{
    private const string Dct = "2021-05-04";

    [Theory]
    [InlineData("The inspection took a month to complete.", "a month", "P1M")]
    [InlineData("The lease runs for 10 years.", "10 years", "P10Y")]
    [InlineData("A three-month moratorium on drilling began.", "three-month", "P3M")]
    [InlineData("The ceasefire held for 48 hours.", "48 hours", "PT48H")]
    [InlineData("Trade has doubled over the past two years.", "the past two years", "P2Y")]
    [InlineData("The two governments have argued for two decades.", "two decades", "P20Y")]
    [InlineData("Several weeks of shuttle diplomacy followed.", "Several weeks", "PXW")]
    [InlineData("Tensions have risen in recent months.", "recent months", "PXM")]
    [InlineData("Talks have dragged on for years.", "years", "PXY")]
    [InlineData("Orders have grown for five consecutive months.", "five consecutive months", "P5M")]
    public void ReadsAmountsOfTime(string text, string phrase, string value)
    {
        var timex = Find(text, phrase, Dct);

        Assert.Equal(TimexType.Duration, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void KeepsAQuantifierAsTheModOutsideTheSpan()
    {
        var timex = Find("The islands have been disputed for more than a decade.", "a decade", Dct);

        Assert.Equal("P10Y", timex.Value);
        Assert.Equal(TimexMod.MoreThan, timex.Mod);
    }

    [Theory]
    [InlineData("The 45-year-old diplomat was named envoy.")]
    [InlineData("Children aged 6 months and older were vaccinated.")]
    public void DoesNotReadAgesAsDurations(string text) =>
        Assert.DoesNotContain(Tag(text, Dct), t => t.Type == TimexType.Duration);

    [Theory]
    [InlineData("The commission meets every year in Tokyo.", "every year", "P1Y")]
    [InlineData("Fishermen renew their permits each season.", "each season", "XXXX")]
    [InlineData("The quota is reviewed annually.", "annually", "XXXX")]
    [InlineData("Envoys confer every Tuesday.", "every Tuesday", "XXXX-WXX-2")]
    [InlineData("Inspectors visit every week.", "every week", "P1W")]
    [InlineData("Residents were told to check on neighbours daily and to stay indoors.", "daily", "P1D")]
    [InlineData("The squad has trained twice a day since March.", "twice a day", "P1D")]
    [InlineData("The council will publish its accounts every month.", "every month", "P1M")]
    [InlineData("Members would strike weekly if talks failed.", "weekly", "P1W")]
    [InlineData("She will hold open meetings every Saturday morning.", "every Saturday morning", "XXXX-WXX-6TMO")]
    [InlineData("Elections are held every four years.", "every four years", "P4Y")]
    public void ReadsRecurringTimesAsSets(string text, string phrase, string value)
    {
        var timex = Find(text, phrase, Dct);

        Assert.Equal(TimexType.Set, timex.Type);
        Assert.Equal(value, timex.Value);
    }
}
