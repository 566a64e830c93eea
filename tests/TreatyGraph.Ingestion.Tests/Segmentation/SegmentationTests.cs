using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Tests.Segmentation;

public sealed class SegmentationTests
{
    [Fact]
    public void TokensCarryOffsetsIntoTheText()
    {
        const string text = "Moscow's envoy didn't sign the U.S.-backed accord.";

        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal(["Moscow", "'s", "envoy", "did", "n't", "sign", "the", "U.S.", "-", "backed", "accord", "."], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }

    [Fact]
    public void HeadlineIsTheFirstSentenceWhenItIsTheTitle()
    {
        const string text = "Ministers meet in Oslo\n\nThe foreign ministers met on Monday. They talked for an hour.";

        var segmented = SegmentedText.Segment(text, "Ministers meet in Oslo");

        Assert.Equal(3, segmented.Sentences.Count);
        Assert.True(segmented.Sentences[0].IsHeadline);
        Assert.False(segmented.Sentences[1].IsHeadline);
        Assert.Equal("They talked for an hour.", segmented.Sentences[2].Text);
    }

    [Fact]
    public void ClauseMapKnowsQuotationsAndRelativeClauses()
    {
        const string text = "\u201cWe will sign,\u201d he said, which surprised Tokyo.";
        var sentence = SegmentedText.Segment(text).Sentences[0];

        var clauses = new ClauseMap(sentence);

        var sign = sentence.Tokens.ToList().FindIndex(t => t.Text == "sign");
        var surprised = sentence.Tokens.ToList().FindIndex(t => t.Text == "surprised");
        Assert.True(clauses.IsQuoted(sign));
        Assert.False(clauses.IsQuoted(surprised));
        Assert.Equal("which", sentence.Tokens[clauses.StartOf(surprised)].Text);
    }
}
