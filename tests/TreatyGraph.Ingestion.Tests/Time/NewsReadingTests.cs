using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

/// <summary>A month or day named without a year is the one the sentence's tense points to, as news reads.</summary>
public sealed class NewsReadingTests
{
    private const string November = "2018-11-22";

    [Fact]
    public void ReadsAMonthInAFutureClauseAsTheNextOne() =>
        Assert.Equal("2019-06", ValueOf("The prime minister will host the summit in June.", "June", November));

    [Fact]
    public void ReadsAMonthInAPastClauseAsTheLastOne() =>
        Assert.Equal("2018-09", ValueOf("The foreign minister said in September that he had doubts.", "September", November));

    [Fact]
    public void ReadsTheCurrentMonthAsThisOne() =>
        Assert.Equal("2018-11", ValueOf("The two leaders hope to meet later in November.", "later in November", November));

    [Fact]
    public void ReadsAPassiveFutureByItsAuxiliary() =>
        Assert.Equal("2019-02", ValueOf("The memoir is due to be published in February.", "February", November));

    [Theory]
    [InlineData("The pact was signed last June in Minsk.", "last June", "2018-06")]
    [InlineData("A new round opens next March.", "next March", "2019-03")]
    [InlineData("Negotiators stalled last summer over fishing quotas.", "last summer", "2018-SU")]
    public void ReadsLastAndNextAsTheNearestOneBeforeOrAfter(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, November));

    [Fact]
    public void ReadsTheEndOfTheYearInAPastClauseAsLastYearsWhenThisOnesIsAhead() =>
        Assert.Equal("2017", ValueOf("Tensions peaked by the end of the year, diplomats said.", "the end of the year", "2018-03-02"));

    [Fact]
    public void ReadsADayAndMonthByTenseToo()
    {
        Assert.Equal("2019-01-10", ValueOf("The committee will report on January 10.", "January 10", November));
        Assert.Equal("2018-08-15", ValueOf("The committee reported on August 15.", "August 15", November));
    }

    [Fact]
    public void ReadsALawTakingEffectAsFuture() =>
        Assert.Equal("2019-07-01", ValueOf("The law, passed in October, takes effect on July 1.", "July 1", November));

    [Fact]
    public void ReadsAMonthBeforeANameAfterAPreposition() =>
        Assert.Equal("2019-06", ValueOf("In June Japan will chair the group.", "June", November));

    [Fact]
    public void ReadsAMonthOfLastYear() =>
        Assert.Equal("2017-03", ValueOf("Fishing talks stalled in March of last year.", "March of last year", November));

    [Fact]
    public void TakesTheYearOfAnExplicitDateEarlierInTheSentence() =>
        Assert.Equal("1956-10", ValueOf("In 1956 the talks moved to Moscow, and in October the two sides signed.", "October", November));

    [Fact]
    public void ReadsAParticipleAfterALinkingVerbAsNoPast() =>
        Assert.Equal("2018-11-28", ValueOf("Schools will stay closed on Wednesday.", "Wednesday", November));

    [Fact]
    public void ReadsAMonthAfterAModalAsTheComingOne() =>
        Assert.Equal("2019-06", ValueOf("Officials have said they hope the two leaders can reach a deal before the summit in June.", "June", "2019-01-15"));

    [Fact]
    public void ReadsADeadlineAfterMustAsTheComingOne() =>
        Assert.Equal("2016-12", ValueOf("The council must approve a budget by late December, a dispute that began in the 1990s.", "late December", "2016-11-09"));
}
