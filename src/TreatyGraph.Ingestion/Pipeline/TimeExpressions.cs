using System.Globalization;
using System.Text.RegularExpressions;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>
/// The one door to the temporal tagger (TemporalTagger.Tag and its TIMEX-to-FuzzyDate converter, built
/// on the timex branch). Until that lands this holds a stand-in that reads only explicit years and full
/// dates, so the rest of the pipeline can be built and tested against the same surface.
/// </summary>
internal static partial class TimeExpressions
{
    public static IReadOnlyList<TimeMention> Find(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = documentDate;
        var found = new List<TimeMention>();
        foreach (Match m in FullDate().Matches(text))
        {
            if (DateOnly.TryParseExact(m.Value.Replace(".", string.Empty, StringComparison.Ordinal), ["MMM d, yyyy", "MMMM d, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                found.Add(new TimeMention(m.Index, m.Index + m.Length, m.Value, "DATE", value, FuzzyDate.Parse(value)));
            }
        }

        foreach (Match m in Year().Matches(text))
        {
            if (found.Exists(t => t.Start <= m.Index && m.Index < t.End))
            {
                continue;
            }

            var value = m.Groups["y"].Value;
            found.Add(new TimeMention(m.Groups["y"].Index, m.Groups["y"].Index + 4, value, "DATE", value, FuzzyDate.Parse(value)));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(in|of|since|from|until|to|by|after|before)\s+(?<y>1[6-9]\d\d|20\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Year();
}
