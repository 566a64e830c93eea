using System.Globalization;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Treaties by name ("the Treaty of Portsmouth", "the Soviet-Japanese Joint Declaration") and by description
/// ("a peace treaty", "the 1956 declaration", "Japan's first security treaty", "San Francisco peace treaty").
/// Descriptions carry their traits (noun, type, year) so coreference and linking can tell treaties apart;
/// a bare "the declaration" is an anaphor that points back.
/// </summary>
internal sealed class TreatyRecognizer : IMentionRecognizer
{
    public void Find(SentenceScan scan, MentionContext context)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i))
            {
                continue;
            }

            var mention = TreatyOf(scan, context, i) ?? Named(scan, context, i) ?? Described(scan, context, i);
            if (mention is not null && scan.TryAdd(mention))
            {
                i = mention.Last;
            }
        }
    }

    // "Treaty of Portsmouth", "Treaty of Peace and Friendship"
    private static Mention? TreatyOf(SentenceScan scan, MentionContext context, int i)
    {
        var head = scan.Tokens[i];
        if (!head.IsCapitalized || !context.Lexicon.TreatyHeads.Contains(head.Text) || scan.Lower(i + 1) != "of")
        {
            return null;
        }

        var end = context.NameRunEnd(scan, i + 2, 4, allowTitleWords: true);
        while (end >= i + 2 && scan.Lower(end + 1) is "and" or "with" && context.IsNameWord(scan, end + 2))
        {
            end = context.NameRunEnd(scan, end + 2, 3, allowTitleWords: true);
        }

        if (end < i + 2)
        {
            return null;
        }

        var traits = new TreatyTraits { Noun = Singular(head.Text), ProperName = scan.Span(i, end) };
        Read(scan, context, i + 2, end, traits);
        return New(scan, i, end, MentionForm.Name, traits);
    }

    // "Soviet-Japanese Joint Declaration", "San Francisco Peace Treaty", "Japan–US Security Treaty of 1960"
    private static Mention? Named(SentenceScan scan, MentionContext context, int i)
    {
        var head = scan.Tokens[i];
        if (!head.IsCapitalized || i == 0 || !context.Lexicon.TreatyHeads.Contains(head.Text))
        {
            return null;
        }

        var start = i;
        for (var j = i - 1; j >= 0 && !scan.IsClaimed(j); j--)
        {
            var t = scan.Tokens[j];
            var joiner = t.Text is "-" or "\u2013" or "\u2014" && !t.SpaceBefore && !scan.Tokens[j + 1].SpaceBefore;
            if (joiner || (t.IsCapitalized && t.Text is not ("The" or "A" or "An") && !context.Lexicon.Months.Contains(t.Text)) || (t.IsNumber && t.Text.Length == 4))
            {
                start = j;
                continue;
            }

            break;
        }

        if (start == i)
        {
            return null;
        }

        var last = YearAfter(scan, i, out var year);
        var traits = new TreatyTraits { Noun = Singular(head.Text), ProperName = scan.Span(start, last), Year = year };
        Read(scan, context, start, i - 1, traits);
        return New(scan, start, last, MentionForm.Name, traits);
    }

    private static Mention? Described(SentenceScan scan, MentionContext context, int i)
    {
        var lexicon = context.Lexicon;
        var noun = scan.Tokens[i].Text;
        if (!lexicon.TreatyNouns.Contains(noun))
        {
            return null;
        }

        var traits = new TreatyTraits { Noun = Singular(noun) };
        var first = i;
        for (var j = i - 1; j >= 0 && !scan.IsClaimed(j); j--)
        {
            var word = scan.Tokens[j].Text;
            if (lexicon.TreatyTypes.Contains(word))
            {
                traits.Type ??= word.ToLowerInvariant();
                first = j;
            }
            else if (word == "-" && j > 0 && lexicon.TreatyTypes.Contains(scan.Word(j - 1)))
            {
                first = j;
            }
            else if (scan.Tokens[j].IsNumber && word.Length == 4)
            {
                traits.Year = int.Parse(word, CultureInfo.InvariantCulture);
                first = j;
            }
            else if (context.Rules().Words.Ordinals.ContainsKey(word.ToLowerInvariant()))
            {
                traits.Ordinal = true;
                first = j;
            }
            else if (PlaceNameEnding(scan, context, j) is { } start)
            {
                traits.PlaceName = scan.Span(start, j);
                first = start;
                break;
            }
            else
            {
                break;
            }
        }

        var last = YearAfter(scan, i, out var year);
        traits.Year ??= year;
        var determiner = first > 0 ? scan.Lower(first - 1) : string.Empty;
        if (traits.Type is null && traits.Year is null && traits.PlaceName is null && !traits.Ordinal)
        {
            // A bare noun: "the declaration" points back; "a treaty", "no treaty" name nothing.
            return determiner is "the" or "this" or "that" or "its" or "their" && lexicon.TreatyAnaphors.Contains(noun)
                ? New(scan, i, i, MentionForm.Anaphor, traits)
                : null;
        }

        if (traits.Noun is "agreement" && traits.Type is null or "joint" or "economic" or "cooperation" && traits.PlaceName is null)
        {
            return null; // "an agreement to begin consultations" is an event, not a treaty
        }

        return New(scan, first, last, MentionForm.Description, traits);
    }

    // A capitalised place name right before a treaty noun ("San Francisco peace treaty"); countries and demonyms stay their own mentions.
    private static int? PlaceNameEnding(SentenceScan scan, MentionContext context, int end)
    {
        if (!context.IsNameWord(scan, end))
        {
            return null;
        }

        var start = end;
        while (start > 0 && !scan.IsClaimed(start - 1) && context.IsNameWord(scan, start - 1))
        {
            start--;
        }

        var entries = context.Match(scan, start, end);
        if (entries.Any(e => e.Kind != EntityKind.Place || e.Role != NameRole.Name) || context.Lexicon.TitleWords.Contains(scan.Word(end)))
        {
            return null;
        }

        return start;
    }

    private static int YearAfter(SentenceScan scan, int head, out int? year)
    {
        year = null;
        if (scan.Lower(head + 1) == "of" && head + 2 < scan.Tokens.Count && scan.Tokens[head + 2].IsNumber && scan.Tokens[head + 2].Text.Length == 4)
        {
            year = int.Parse(scan.Tokens[head + 2].Text, CultureInfo.InvariantCulture);
            return head + 2;
        }

        return head;
    }

    // Inside a name: years, type words and the states whose demonyms or names compose it.
    private static void Read(SentenceScan scan, MentionContext context, int first, int last, TreatyTraits traits)
    {
        for (var j = first; j <= last; j++)
        {
            var word = scan.Tokens[j].Text;
            if (context.Lexicon.TreatyTypes.Contains(word))
            {
                traits.Type ??= word.ToLowerInvariant();
            }
            else if (scan.Tokens[j].IsNumber && word.Length == 4)
            {
                traits.Year ??= int.Parse(word, CultureInfo.InvariantCulture);
            }
            else if (context.Match(scan, j, j).Where(e => e.Kind == EntityKind.Country && e.Role is NameRole.Name or NameRole.Demonym).ToList() is { Count: > 0 } states)
            {
                traits.NamedParties.Add(states[0]);
            }
            else if (context.Match(scan, j, j).Any(e => e.Kind == EntityKind.Place))
            {
                traits.PlaceName ??= word;
            }
        }
    }

    private static string Singular(string noun) => noun.ToLowerInvariant() switch
    {
        "treaties" => "treaty",
        "declarations" => "declaration",
        "accords" => "accord",
        "agreements" => "agreement",
        var n => n,
    };

    private static Mention New(SentenceScan scan, int first, int last, MentionForm form, TreatyTraits traits) => new()
    {
        Sentence = scan.Sentence,
        First = first,
        Last = last,
        Kind = EntityKind.Treaty,
        Form = form,
        Treaty = traits,
    };
}
