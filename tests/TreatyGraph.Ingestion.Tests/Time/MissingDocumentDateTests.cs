using TreatyGraph.Ingestion.Time;
using static TreatyGraph.Ingestion.Tests.Time.Tagging;

namespace TreatyGraph.Ingestion.Tests.Time;

/// <summary>Without a document date nothing relative is resolved, but what the text anchors itself still is.</summary>
public sealed class MissingDocumentDateTests
{
    [Theory]
    [InlineData("The envoy left on Friday.", "Friday", "XXXX-WXX-5")]
    [InlineData("The summit is set for June.", "June", "XXXX-06")]
    [InlineData("The ministry protested yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("Trade fell last year.", "last year", "XXXX")]
    [InlineData("The two sides met last week.", "last week", "XXXX-WXX")]
    public void LeavesRelativeDatesUnresolved(string text, string phrase, string value) =>
        Assert.Equal(value, ValueOf(text, phrase, documentDate: null));

    [Fact]
    public void StillResolvesWhatTheTextAnchors()
    {
        const string text = "The accord was signed in 1956. Two years later, in June, the embassies reopened.";
        var timexes = Tag(text, documentDate: null);

        Assert.Equal("1956", timexes.Single(t => t.Text == "1956").Value);
        Assert.Equal("1958", timexes.Single(t => t.Text == "Two years later").Value);
    }

    [Fact]
    public void GivesNoDateForAnUnresolvedValue()
    {
        var friday = Find("The envoy left on Friday.", "Friday", documentDate: null);

        Assert.Null(TemporalTagger.ToFuzzyDate(friday, documentDate: null));
    }
}
