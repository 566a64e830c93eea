using System.Globalization;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Territories nobody listed: "Lesser Kuril Ridge", "X Islands" (a capitalised name before a geographic head),
/// "the island of X", "the southern half of X" (a new "Southern X"); and a known territory followed by a
/// group word ("Shikotan islands", "the Habomai group") keeps the word in its mention. The phrase patterns run
/// before the gazetteer (<paramref name="phrases"/> true), the headed names and group words after it.
/// </summary>
internal sealed class TerritoryRecognizer(bool phrases) : IMentionRecognizer
{
    public void Find(SentenceScan scan, MentionContext context)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i))
            {
                continue;
            }

            var mention = phrases ? HalfOf(scan, context, i) ?? IslandOf(scan, context, i) : Headed(scan, context, i);
            if (mention is not null && scan.TryAdd(mention))
            {
                i = mention.Last;
            }
        }

        if (!phrases)
        {
            ExtendGroups(scan, context);
        }
    }

    // "the southern half of Sakhalin" is Southern Sakhalin, part of Sakhalin.
    private static Mention? HalfOf(SentenceScan scan, MentionContext context, int i)
    {
        if (!context.Lexicon.Directions.Contains(scan.Word(i)) || scan.Lower(i + 1) is not ("half" or "part") || scan.Lower(i + 2) != "of")
        {
            return null;
        }

        var end = context.NameRunEnd(scan, i + 3, 3);
        if (end < i + 3)
        {
            return null;
        }

        var whole = scan.Span(i + 3, end);
        var known = context.Match(scan, i + 3, end).FirstOrDefault(e => e.Kind == EntityKind.Territory);
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(scan.Lower(i)) + " " + (known?.CanonicalName ?? whole);
        var part = New(scan, i, i + 2, context, name);
        var wholeMention = new Mention
        {
            Sentence = scan.Sentence,
            First = i + 3,
            Last = end,
            Kind = EntityKind.Territory,
            Form = MentionForm.Name,
            Candidates = known is null ? [] : [known],
            NewName = known is null ? whole : null,
        };
        scan.TryAdd(wholeMention);
        part.WholeOf = wholeMention;
        return part;
    }

    // "the island of Shikotan"
    private static Mention? IslandOf(SentenceScan scan, MentionContext context, int i)
    {
        if (scan.Lower(i) is not ("island" or "islands" or "isle") || scan.Lower(i + 1) != "of" || !context.IsNameWord(scan, i + 2))
        {
            return null;
        }

        var end = context.NameRunEnd(scan, i + 2, 3);
        var entries = context.Match(scan, i + 2, end);
        if (entries.Count > 0 && !entries.Any(e => e.Kind == EntityKind.Territory))
        {
            return null;
        }

        var mention = New(scan, i + 2, end, context, scan.Span(i + 2, end));
        scan.Claim(i, i + 1);
        return mention;
    }

    // "Lesser Kuril Ridge", "Senkaku Islands"
    private static Mention? Headed(SentenceScan scan, MentionContext context, int i)
    {
        if (!context.IsNameWord(scan, i) && !context.Lexicon.Directions.Contains(scan.Word(i)))
        {
            return null;
        }

        var end = i;
        while (end + 1 < scan.Tokens.Count && !scan.IsClaimed(end + 1) && (context.IsNameWord(scan, end + 1) || scan.Tokens[end + 1].Text == "-") && end - i < 4)
        {
            end++;
            if (context.Lexicon.TerritoryHeads.Contains(scan.Tokens[end].Text) && scan.Tokens[end].IsCapitalized)
            {
                return New(scan, i, end, context, scan.Span(i, end));
            }
        }

        return null;
    }

    // "Shikotan islands", "the Habomai group": the group word belongs to the name.
    private static void ExtendGroups(SentenceScan scan, MentionContext context)
    {
        for (var m = 0; m < scan.Mentions.Count; m++)
        {
            var mention = scan.Mentions[m];
            var next = mention.Last + 1;
            if (mention.Kind == EntityKind.Territory && next < scan.Tokens.Count && !scan.IsClaimed(next)
                && (context.Lexicon.GroupWords.Contains(scan.Word(next)) || scan.Lower(next) is "group" or "chain" or "archipelago"))
            {
                scan.Claim(next, next);
                scan.Mentions[m] = mention.Extend(next);
            }
        }
    }

    private static Mention New(SentenceScan scan, int first, int last, MentionContext context, string name)
    {
        var known = context.Gazetteer.Match(name).Where(e => e.Kind == EntityKind.Territory).ToList();
        return new Mention
        {
            Sentence = scan.Sentence,
            First = first,
            Last = last,
            Kind = EntityKind.Territory,
            Form = MentionForm.Name,
            Candidates = known,
            NewName = known.Count == 0 ? name : null,
        };
    }
}
