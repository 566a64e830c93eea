using TreatyGraph.Core.Text;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Claims the names of periods and turning points (history.json) so that no other recogniser makes entities of
/// them, and records them for dating: "at the end of World War II" is 1945, "since the Soviet collapse" 1991,
/// "the war" the last war the article named.
/// </summary>
internal sealed class PeriodRecognizer : IMentionRecognizer
{
    private static readonly string[] EndWords = ["end", "aftermath", "close", "after", "following", "since", "conclusion"];
    private static readonly string[] StartWords = ["start", "beginning", "outbreak", "eve", "before"];

    public List<PeriodMention> Found { get; } = [];

    public void Find(SentenceScan scan, MentionContext context)
    {
        var history = context.Lexicon.Rules.History;
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i) || !scan.Tokens[i].IsWord)
            {
                continue;
            }

            var best = (Last: -1, Period: (PeriodRule?)null);
            for (var len = Math.Min(8, scan.Tokens.Count - i); len >= 1 && best.Period is null; len--)
            {
                var folded = NameFolding.Fold(scan.Span(i, i + len - 1));
                foreach (var period in history.Periods)
                {
                    if (period.Aliases.Prepend(period.Name).Any(n => NameFolding.Fold(n) == folded))
                    {
                        best = (i + len - 1, period);
                        break;
                    }

                    if (folded is "the war" or "war" && Found.LastOrDefault()?.Period is { } lastWar && lastWar.Name.Contains("War", StringComparison.Ordinal)
                        && i > 0 && scan.Lower(i - 1) == "the")
                    {
                        best = (i + len - 1, lastWar);
                        break;
                    }
                }
            }

            if (best.Period is null)
            {
                continue;
            }

            var first = i > 0 && scan.Lower(i - 1) == "the" ? i - 1 : i;
            var part = PartBefore(scan, first);
            scan.Claim(i, best.Last);
            Found.Add(new PeriodMention(scan.Sentence.Index, first, best.Last, scan.Tokens[first].Start, scan.Tokens[best.Last].End, best.Period, part));
            i = best.Last;
        }
    }

    private static PeriodPart PartBefore(SentenceScan scan, int first)
    {
        for (var j = first - 1; j >= Math.Max(0, first - 3); j--)
        {
            var word = scan.Lower(j);
            if (Array.IndexOf(EndWords, word) >= 0)
            {
                return PeriodPart.End;
            }

            if (Array.IndexOf(StartWords, word) >= 0)
            {
                return PeriodPart.Start;
            }
        }

        return PeriodPart.Whole;
    }
}
