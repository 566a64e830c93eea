using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Longest matches of gazetteer names on unclaimed tokens. A capital that is also a seat of government is
/// read as the government when the sentence makes it act or own ("Moscow dismissed", "Tokyo's application",
/// "warnings from Tokyo") and as the city otherwise ("returned to Tokyo").
/// </summary>
internal sealed class GazetteerRecognizer : IMentionRecognizer
{
    private static readonly HashSet<string> CommunicationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "warning", "warnings", "protest", "protests", "pressure", "objection", "objections", "complaint", "complaints", "demand",
        "demands", "request", "requests", "response", "reaction", "criticism", "message", "signal", "signals", "proposal", "offer", "word",
    };

    public void Find(SentenceScan scan, MentionContext context)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i) || !scan.Tokens[i].IsWord || context.Longest(scan, i) is not { } hit)
            {
                continue;
            }

            var mention = Classify(scan, i, hit.Last, hit.Entries);
            if (mention is not null && scan.TryAdd(mention))
            {
                i = hit.Last;
            }
        }
    }

    private static Mention? Classify(SentenceScan scan, int first, int last, IReadOnlyList<GazetteerEntry> entries)
    {
        var seats = entries.Where(e => e.Role == NameRole.Seat).ToList();
        var names = entries.Where(e => e.Role is NameRole.Name or NameRole.Epithet).ToList();
        var demonyms = entries.Where(e => e.Role == NameRole.Demonym).ToList();
        if (seats.Count > 0 && ActsAsGovernment(scan, first, last))
        {
            return New(scan, first, last, EntityKind.Country, MentionForm.Seat, seats);
        }

        if (names.Count > 0)
        {
            // Prefer what the graph knows, then the more specific kinds over Place.
            var best = names.OrderByDescending(e => e.FromGraph).ThenBy(e => e.Kind == EntityKind.Place).First();
            var form = best.Role == NameRole.Epithet ? MentionForm.Description : MentionForm.Name;
            return New(scan, first, last, best.Kind, form, [.. names.Where(e => e.Kind == best.Kind)]);
        }

        if (demonyms.Count > 0)
        {
            return New(scan, first, last, EntityKind.Country, MentionForm.Demonym, demonyms);
        }

        return seats.Count > 0 ? New(scan, first, last, EntityKind.Country, MentionForm.Seat, seats) : null;
    }

    private static bool ActsAsGovernment(SentenceScan scan, int first, int last)
    {
        var next = last + 1 < scan.Tokens.Count ? scan.Tokens[last + 1] : default;
        if (next.Text is not null && next.IsPossessive)
        {
            return true;
        }

        var before = first > 0 ? scan.Lower(first - 1) : string.Empty;
        if (before == "from" && first > 1 && CommunicationNouns.Contains(scan.Word(first - 2)))
        {
            return true;
        }

        if (Lexicon.Default.Prepositions.Contains(before) || before is "the" or "a" or "this" or "of")
        {
            return false;
        }

        // At the head of a clause and followed by a verb-like word: "Moscow dismissed", "Tokyo has never regarded".
        var clauseStart = first == 0 || before is "," or ";" or "and" or "but" or "that" or "\u2014" or "--" or "\u201c" or "\"";
        return clauseStart && next.Text is { Length: > 1 } word && char.IsLower(word[0]) && !Lexicon.Default.Prepositions.Contains(word)
            && word is not ("and" or "or" or "is" or "was");
    }

    private static Mention New(SentenceScan scan, int first, int last, EntityKind kind, MentionForm form, IReadOnlyList<GazetteerEntry> entries) => new()
    {
        Sentence = scan.Sentence,
        First = first,
        Last = last,
        Kind = kind,
        Form = form,
        Candidates = entries,
    };
}
