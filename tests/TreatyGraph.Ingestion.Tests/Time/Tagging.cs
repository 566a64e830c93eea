using TreatyGraph.Ingestion.Time;

namespace TreatyGraph.Ingestion.Tests.Time;

/// <summary>One shared tagger (its rules compile once) and ways to ask it about one phrase.</summary>
internal static class Tagging
{
    public static readonly TemporalTagger Tagger = new();

    public static IReadOnlyList<Timex> Tag(string text, string? documentDate) =>
        Tagger.Tag(text, documentDate is null ? null : DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The timex whose words are exactly <paramref name="phrase"/>; fails, listing what was found, when there is none.</summary>
    public static Timex Find(string text, string phrase, string? documentDate)
    {
        var timexes = Tag(text, documentDate);
        return timexes.FirstOrDefault(t => t.Text == phrase)
            ?? throw new Xunit.Sdk.XunitException(
                $"no timex '{phrase}' in \"{text}\"; found: {string.Join("; ", timexes.Select(t => $"'{t.Text}' {t.Type} {t.Value}"))}");
    }

    public static string ValueOf(string text, string phrase, string? documentDate) => Find(text, phrase, documentDate).Value;
}
