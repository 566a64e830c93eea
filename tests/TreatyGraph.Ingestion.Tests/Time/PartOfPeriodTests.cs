using TreatyGraph.Ingestion.Time;
using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

public sealed class PartOfPeriodTests
{
    private const string Dct = "2018-11-22";

    [Theory]
    [InlineData("The president plans a visit in early 2019.", "early 2019", "2019", TimexMod.Start)]
    [InlineData("Relations warmed in mid-1972.", "mid-1972", "1972", TimexMod.Mid)]
    [InlineData("Patrols increased toward the end of 1995.", "the end of 1995", "1995", TimexMod.End)]
    [InlineData("The dispute has simmered since the mid-20th century.", "mid-20th century", "19", TimexMod.Mid)]
    [InlineData("Fishing boats were seized in the late 1950s.", "late 1950s", "195", TimexMod.End)]
    [InlineData("He visited Moscow in early December.", "early December", "2017-12", TimexMod.Start)]
    [InlineData("The minister intends to travel to Russia early next year.", "early next year", "2019", TimexMod.Start)]
    public void KeepsTheModifierApartFromTheValue(string text, string phrase, string value, TimexMod mod)
    {
        var timex = Find(text, phrase, Dct);

        Assert.Equal(value, timex.Value);
        Assert.Equal(mod, timex.Mod);
    }

    [Theory]
    [InlineData("Tourism boomed in the 1990s.", "1990s", "199")]
    [InlineData("Troops were withdrawn in the summer of 1992.", "the summer of 1992", "1992-SU")]
    [InlineData("Exports rose in the third quarter of 2017.", "the third quarter of 2017", "2017-Q3")]
    [InlineData("Output fell in the first half of 2016.", "the first half of 2016", "2016-H1")]
    [InlineData("Profits slipped in the second quarter, the company said.", "the second quarter", "2018-Q2")]
    [InlineData("The ferry will resume service next spring.", "next spring", "2019-SP")]
    public void ReadsSeasonsQuartersAndHalves(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, Dct));

    [Theory]
    [InlineData("The airline flew the route from 1945 to 1991.", "1945", "1991")]
    [InlineData("The joint commission sat in 2009-2010.", "2009", "2010")]
    [InlineData("An expedition crossed the strait in 1957-58.", "1957", "1958")]
    public void ReadsBothEndsOfARangeOfYears(string text, string first, string second)
    {
        var years = Tag(text, Dct).Where(t => t.Type == TimexType.Date).Select(t => t.Value).ToList();

        Assert.Equal([first, second], years);
    }
}
