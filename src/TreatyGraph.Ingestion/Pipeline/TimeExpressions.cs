using TreatyGraph.Ingestion.Time;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>
/// The one door from the extraction pipeline to the temporal tagger: tags the whole article at once (so "that
/// year" anchors on the last date mentioned) and converts each TIMEX to the fuzzy date it stands for.
/// </summary>
internal static class TimeExpressions
{
    private static readonly TemporalTagger Tagger = new();

    public static IReadOnlyList<TimeMention> Find(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Tagger.Tag(text, documentDate).Select(t => new TimeMention(
            t.Start,
            t.End,
            t.Text,
            t.Type is TimexType.Date or TimexType.Time ? "DATE" : t.Type.ToString().ToUpperInvariant(),
            t.Value,
            TemporalTagger.ToFuzzyDate(t, documentDate)))];
    }
}
