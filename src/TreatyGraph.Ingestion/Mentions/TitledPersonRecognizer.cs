using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// People introduced by their office: "[Japanese|TASS|Moscow's] [First Deputy] Prime Minister Shinzo Abe",
/// "Kremlin spokesman Dmitry Peskov", "Moscow's envoy, Mikhail Bely". The person, the office and whom it is
/// held for (the country, organisation or demonym before the title) are recorded; the prefix stays a mention
/// of its own.
/// </summary>
internal sealed class TitledPersonRecognizer : IMentionRecognizer
{
    public void Find(SentenceScan scan, MentionContext context)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i) || !scan.Tokens[i].IsWord)
            {
                continue;
            }

            if (TryAt(scan, context, i, out var next))
            {
                i = next - 1;
            }
        }
    }

    private static bool TryAt(SentenceScan scan, MentionContext context, int i, out int next)
    {
        next = i + 1;
        var lexicon = context.Lexicon;
        var j = i;
        Mention? prefix = null;
        var possessive = false;
        if (context.Longest(scan, i) is { } hit && hit.Entries.Any(e => e.Kind is EntityKind.Country or EntityKind.Organization))
        {
            var entries = hit.Entries.Where(e => e.Kind is EntityKind.Country or EntityKind.Organization).ToList();
            prefix = new Mention
            {
                Sentence = scan.Sentence,
                First = i,
                Last = hit.Last,
                Kind = entries[0].Kind,
                Form = entries.Exists(e => e.Role == NameRole.Demonym) ? MentionForm.Demonym
                    : entries.Exists(e => e.Role == NameRole.Seat) ? MentionForm.Seat : MentionForm.Name,
                Candidates = entries,
            };
            j = hit.Last + 1;
            if (j < scan.Tokens.Count && scan.Tokens[j].IsPossessive)
            {
                possessive = true;
                j++;
            }
        }

        var titleStart = j;
        while (j < scan.Tokens.Count && lexicon.Modifiers.Contains(scan.Tokens[j].Text) && (prefix is not null || scan.Tokens[j].IsCapitalized))
        {
            j++;
        }

        var title = MatchTitle(scan, context, j, requireCapital: prefix is null, out var titleEnd);
        if (title is null)
        {
            return false;
        }

        var k = titleEnd + 1;
        var lowerTitle = !scan.Tokens[titleStart].IsCapitalized;
        if (k < scan.Tokens.Count && scan.Tokens[k].Text == "," && possessive)
        {
            k++; // "Moscow's envoy, Mikhail Bely"
        }

        var nameEnd = context.NameRunEnd(scan, k, 3);
        if (nameEnd < k || (lowerTitle && prefix is null))
        {
            return false;
        }

        if (context.Longest(scan, k) is { } known && known.Last >= nameEnd && !known.Entries.Any(e => e.Kind == EntityKind.Person))
        {
            return false; // "President Obama" is a person, "Foreign Minister Japan" never is
        }

        var role = scan.Span(titleStart, titleEnd);
        var person = new Mention
        {
            Sentence = scan.Sentence,
            First = k,
            Last = nameEnd,
            Kind = EntityKind.Person,
            Form = MentionForm.Name,
            Office = new Office(Canonical(role, title.Title), null, title.Leader && titleStart == j) { Sentence = scan.Sentence.Index },
            Candidates = context.Match(scan, k, nameEnd).Where(e => e.Kind == EntityKind.Person).ToList(),
            Lead = i,
        };
        if (prefix is not null)
        {
            scan.TryAdd(prefix);
            person.OfficePrefix = prefix;
        }

        scan.Claim(titleStart, titleEnd);
        scan.TryAdd(person);
        next = nameEnd + 1;
        return true;
    }

    private static Rules.TitleRule? MatchTitle(SentenceScan scan, MentionContext context, int at, bool requireCapital, out int end)
    {
        end = at - 1;
        if (at >= scan.Tokens.Count || (requireCapital && !scan.Tokens[at].IsCapitalized))
        {
            return null;
        }

        foreach (var title in context.Lexicon.Titles)
        {
            var phrase = title.Title.Replace("-", " - ", StringComparison.Ordinal);
            if (scan.Spells(at, phrase, out var last) && scan.IsFree(at, last))
            {
                end = last;
                return title;
            }
        }

        return null;
    }

    private static string Canonical(string written, string title)
    {
        // Keep the modifiers as written ("First Deputy"), the title as listed ("Spokesman" for "spokesman").
        var at = written.LastIndexOf(title.Split(' ')[0], StringComparison.OrdinalIgnoreCase);
        var modifiers = at > 0 ? written[..at].Trim() : string.Empty;
        return modifiers.Length == 0 ? title : $"{modifiers} {title}";
    }
}
