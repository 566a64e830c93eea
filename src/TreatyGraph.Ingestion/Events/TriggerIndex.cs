using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Events;

/// <summary>Finds trigger phrases of events.json in a sentence, longest phrase first, each token used once.</summary>
internal sealed class TriggerIndex
{
    private readonly List<(TriggerRule Rule, string Phrase)> _phrases;

    public TriggerIndex(EventBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        _phrases = [.. book.Triggers
            .SelectMany(r => r.Words.Select(w => (Rule: r, Phrase: w)))
            .OrderByDescending(p => p.Phrase.Count(c => c == ' '))];
    }

    public static TriggerIndex Default { get; } = new(RuleBook.Default.Events);

    public IReadOnlyList<TriggerMatch> Find(SentenceScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var used = new bool[scan.Tokens.Count];
        var found = new List<TriggerMatch>();
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (used[i] || !scan.Tokens[i].IsWord)
            {
                continue;
            }

            foreach (var (rule, phrase) in _phrases)
            {
                if (!scan.Spells(i, phrase, out var last) || Enumerable.Range(i, last - i + 1).Any(t => used[t]))
                {
                    continue;
                }

                if (rule.Needs.Count > 0 && !Enumerable.Range(last + 1, Math.Min(5, scan.Tokens.Count - last - 1)).Any(t => rule.Needs.Contains(scan.Lower(t))))
                {
                    continue;
                }

                // Words inside a name ("the Yalta Conference") and capitalised words mid-sentence are not triggers.
                if (scan.MentionAt(i) is { Form: not MentionForm.Pronoun } || (i > 0 && scan.Tokens[i].IsCapitalized && scan.Word(i - 1) is not ("\u201c" or "\"")))
                {
                    continue;
                }

                found.Add(new TriggerMatch(rule, i, last));
                for (var t = i; t <= last; t++)
                {
                    used[t] = true;
                }

                break;
            }
        }

        return found;
    }
}
