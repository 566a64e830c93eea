using TreatyGraph.Ingestion.Time;
using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

/// <summary>Relative dates against a document dated Thursday 14 March 2024 (ISO week 11).</summary>
public sealed class RelativeDateTests
{
    private const string Thursday = "2024-03-14";

    [Theory]
    [InlineData("The minister arrived in Hanoi on Monday.", "Monday", "2024-03-11")]
    [InlineData("The foreign ministry said Thursday it had protested.", "Thursday", "2024-03-14")]
    [InlineData("The delegation said it will leave on Saturday.", "Saturday", "2024-03-16")]
    [InlineData("The president said last Friday that talks were over.", "last Friday", "2024-03-08")]
    [InlineData("A vote is planned for next Tuesday.", "next Tuesday", "2024-03-19")]
    public void ReadsWeekdaysAsTheNearestOneTheTenseAllows(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, Thursday));

    [Theory]
    [InlineData("The envoy was recalled yesterday.", "yesterday", "2024-03-13")]
    [InlineData("The summit opens today in Jakarta.", "today", "2024-03-14")]
    [InlineData("Negotiators will return tomorrow.", "tomorrow", "2024-03-15")]
    [InlineData("Coast guard vessels were sighted last week.", "last week", "2024-W10")]
    [InlineData("The talks continue this week.", "this week", "2024-W11")]
    [InlineData("Exports fell last month.", "last month", "2024-02")]
    [InlineData("The treaty was signed this year.", "this year", "2024")]
    [InlineData("Elections are due next year.", "next year", "2025")]
    [InlineData("The base was handed over last year.", "last year", "2023")]
    [InlineData("The ministers met in Tokyo six years ago.", "six years ago", "2018")]
    [InlineData("The border reopened three months ago.", "three months ago", "2023-12")]
    public void ResolvesWordsCountedFromTheDocumentDate(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, Thursday));

    [Fact]
    public void ReadsThePartOfADayAsATime()
    {
        var timex = Find("The foreign minister spoke on Tuesday morning.", "Tuesday morning", Thursday);

        Assert.Equal(TimexType.Time, timex.Type);
        Assert.Equal("2024-03-12TMO", timex.Value);
    }

    [Fact]
    public void PutsAClockTimeOnTheDayItsSentenceIsAbout()
    {
        var timex = Find("On Tuesday the ships docked, and crews went ashore at 6:30 p.m. local time.", "6:30 p.m. local time", Thursday);

        Assert.Equal(TimexType.Time, timex.Type);
        Assert.Equal("2024-03-12T18:30", timex.Value);
    }

    [Fact]
    public void PutsAClockTimeOnTheDayNamedAfterIt()
    {
        var timex = Find("The truce took effect at midnight on Sunday.", "midnight on Sunday", Thursday);

        Assert.Equal("2024-03-10T24:00", timex.Value);
    }

    [Fact]
    public void PutsALoneClockTimeOnALaterDayOfItsSentence()
    {
        var timex = Find("The ships sailed at 6 a.m., and on Tuesday they reached port.", "6 a.m.", Thursday);

        Assert.Equal("2024-03-12T06:00", timex.Value);
    }

    [Theory]
    [InlineData("Officials say the ceasefire is now holding.", "now", "PRESENT_REF")]
    [InlineData("The garrison was recently reinforced.", "recently", "PAST_REF")]
    [InlineData("Both sides hope to settle the matter in the future.", "the future", "FUTURE_REF")]
    public void NamesThePresentPastAndFutureAsSuch(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, Thursday));
}
