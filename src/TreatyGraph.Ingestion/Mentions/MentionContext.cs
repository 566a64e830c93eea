using TreatyGraph.Ingestion.Cleaning;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>What recognisers share for one article: the gazetteer, the word lists and the article's dateline.</summary>
internal sealed record MentionContext(Gazetteer Gazetteer, Lexicon Lexicon, Dateline? Dateline)
{
    public Rules.RuleBook Rules() => Lexicon.Rules;

    /// <summary>The gazetteer entries for tokens <paramref name="first"/>..<paramref name="last"/> as written.</summary>
    public IReadOnlyList<GazetteerEntry> Match(SentenceScan scan, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (first < 0 || last >= scan.Tokens.Count || !scan.Tokens[first].IsWord || !(scan.Tokens[last].IsWord || (scan.Tokens[last].Text.Length > 1 && scan.Tokens[last].Text.EndsWith('.'))))
        {
            return [];
        }

        return Gazetteer.Match(scan.Span(first, last));
    }

    /// <summary>The longest gazetteer match starting at <paramref name="first"/> on free tokens, if any.</summary>
    public (int Last, IReadOnlyList<GazetteerEntry> Entries)? Longest(SentenceScan scan, int first)
    {
        ArgumentNullException.ThrowIfNull(scan);
        for (var len = Math.Min(Gazetteer.MaxWords * 2, scan.Tokens.Count - first); len >= 1; len--)
        {
            var last = first + len - 1;
            if (!scan.IsFree(first, last))
            {
                continue;
            }

            var entries = Match(scan, first, last);
            if (entries.Count > 0)
            {
                return (last, entries);
            }
        }

        return null;
    }

    /// <summary>A capitalised word that can be part of a proper name.</summary>
    public bool IsNameWord(SentenceScan scan, int i)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (i < 0 || i >= scan.Tokens.Count)
        {
            return false;
        }

        var token = scan.Tokens[i];
        return token.IsWord && token.IsCapitalized && !token.IsNumber && !Lexicon.NotNames.Contains(token.Text) && !Lexicon.Months.Contains(token.Text)
            && !(token.IsAllCaps && token.Text.Length > 1 && Dateline is not null && token.Start < Dateline.End && token.Start >= Dateline.Start);
    }

    /// <summary>The last token of a run of name words from <paramref name="first"/>, joined by spaces or bare hyphens, at most <paramref name="max"/> words.</summary>
    public int NameRunEnd(SentenceScan scan, int first, int max, bool allowTitleWords = false)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var last = first - 1;
        var words = 0;
        var i = first;
        while (i < scan.Tokens.Count && words < max && IsNameWord(scan, i) && scan.IsFree(i, i) && (allowTitleWords || !Lexicon.TitleWords.Contains(scan.Tokens[i].Text)))
        {
            last = i;
            words++;
            if (scan.Tokens[i].Text.Length == 1 && i + 2 < scan.Tokens.Count && scan.Tokens[i + 1].Text == "." && IsNameWord(scan, i + 2))
            {
                last = i + 2; // an initial: "Franklin D. Roosevelt"
                i += 2;
                continue;
            }

            if (i + 2 < scan.Tokens.Count && scan.Tokens[i + 1].Text == "-" && !scan.Tokens[i + 1].SpaceBefore && !scan.Tokens[i + 2].SpaceBefore && scan.Tokens[i + 2].IsWord)
            {
                last = i + 2;
                i += 3;
                continue;
            }

            i++;
        }

        return last;
    }
}
