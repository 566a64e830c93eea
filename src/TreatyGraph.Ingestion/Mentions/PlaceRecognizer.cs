using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Places nobody listed, from how news writes them: a name with an administrative head ("Yamaguchi Prefecture"),
/// a venue ("War Memorial Opera House"), a name in apposition to a place noun ("Nagato, a hot-spring town",
/// "Yamaguchi, Abe's home prefecture"), and an unknown name after a locative preposition ("in Yokohama",
/// "went to the Presidio").
/// </summary>
internal sealed class PlaceRecognizer : IMentionRecognizer
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "to", "into", "near", "from", "outside", "inside" };

    public void Find(SentenceScan scan, MentionContext context)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i) || !context.IsNameWord(scan, i) && scan.Word(i) != "the")
            {
                continue;
            }

            var start = scan.Word(i) == "the" ? i + 1 : i;
            if (!context.IsNameWord(scan, start) || scan.IsClaimed(start))
            {
                continue;
            }

            var end = RunEnd(scan, context, start);
            if (end < start || context.Match(scan, start, end).Count > 0 || context.Lexicon.GivenNames.Contains(scan.Word(start)))
            {
                continue;
            }

            var head = scan.Word(end);
            var headed = end > start && (context.Lexicon.PlaceHeads.Contains(head) || context.Lexicon.VenueHeads.Contains(head));
            if (context.Lexicon.OrganizationHeads.Contains(head) && !headed)
            {
                continue;
            }

            if (headed || InApposition(scan, context, end) || AfterLocative(scan, start))
            {
                scan.TryAdd(new Mention
                {
                    Sentence = scan.Sentence,
                    First = start,
                    Last = end,
                    Kind = EntityKind.Place,
                    Form = MentionForm.Name,
                    NewName = scan.Span(start, end),
                });
                i = end;
            }
        }
    }

    private static int RunEnd(SentenceScan scan, MentionContext context, int start)
    {
        var end = start - 1;
        for (var j = start; j < scan.Tokens.Count && j - start < 5 && !scan.IsClaimed(j); j++)
        {
            if (context.IsNameWord(scan, j) || context.Lexicon.VenueHeads.Contains(scan.Word(j)) && scan.Tokens[j].IsCapitalized)
            {
                end = j;
            }
            else if (scan.Word(j) == "-" && !scan.Tokens[j].SpaceBefore && j + 1 < scan.Tokens.Count && !scan.Tokens[j + 1].SpaceBefore)
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // "Nagato, a hot-spring town in ...", "Yuzhno-Kurilsk, the island's main town", "Yamaguchi, Abe's home prefecture"
    private static bool InApposition(SentenceScan scan, MentionContext context, int end)
    {
        if (scan.Word(end + 1) != ",")
        {
            return false;
        }

        var nouns = context.Lexicon.Rules.Relations.PlaceNouns;
        for (var j = end + 2; j < Math.Min(scan.Tokens.Count, end + 9); j++)
        {
            var word = scan.Word(j);
            if (word is "," or ";" or "." || (j > end + 2 && word is "who" or "which"))
            {
                return false;
            }

            if (nouns.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return scan.Lower(end + 2) is "a" or "an" or "the" or "its" || scan.Tokens[end + 3].IsPossessive || scan.Word(end + 3) == "'s";
            }
        }

        return false;
    }

    private static bool AfterLocative(SentenceScan scan, int start)
    {
        var before = start - 1;
        if (before >= 0 && scan.Lower(before) == "the")
        {
            before--;
        }

        return before >= 0 && Locatives.Contains(scan.Word(before)) && (scan.Lower(before) != "to" || MovesTo(scan, before));
    }

    // "to X" is a place after a verb of motion ("went to", "moving to", "return to"), not after "ambassador to".
    private static bool MovesTo(SentenceScan scan, int to)
    {
        var verb = scan.Lower(to - 1);
        return verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("ing", StringComparison.Ordinal) || verb is "went" or "go" or "goes" or "came" or "come" or "return" or "flew" or "fly" or "back" or "moved" or "travel";
    }
}
