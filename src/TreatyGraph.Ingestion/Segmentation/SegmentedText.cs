using TreatyGraph.Core.Text;

namespace TreatyGraph.Ingestion.Segmentation;

/// <summary>The article text split into sentences (<see cref="SentenceSegmenter"/>) and tokens.</summary>
internal sealed record SegmentedText(string Text, IReadOnlyList<Sentence> Sentences)
{
    // When the text opens with the title (or a short unpunctuated line), that first sentence is the headline.
    public static SegmentedText Segment(string text, string? headline = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = SentenceSegmenter.Split(text);
        var sentences = new List<Sentence>(spans.Count);
        foreach (var span in spans)
        {
            var tokens = Tokenizer.Tokenize(text, span.Start, span.End);
            var isHeadline = sentences.Count == 0 && IsHeadline(text, span.Start, span.End, headline);
            sentences.Add(new Sentence(sentences.Count, span.Start, span.End, text[span.Start..span.End], tokens) { IsHeadline = isHeadline });
        }

        return new SegmentedText(text, sentences);
    }

    private static bool IsHeadline(string text, int start, int end, string? headline)
    {
        var followedByBlank = end < text.Length - 1 && text.AsSpan(end).TrimStart(' ').StartsWith("\n\n");
        var sameAsTitle = headline is not null && NameFolding.Fold(text[start..end]) == NameFolding.Fold(headline);
        var noFinalStop = end > start && text[end - 1] is not ('.' or '!' or '?' or '"' or '\u201d');
        return sameAsTitle || (followedByBlank && noFinalStop && start == 0);
    }
}
