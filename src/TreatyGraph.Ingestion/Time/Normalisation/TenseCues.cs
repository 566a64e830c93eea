using System.Text.RegularExpressions;
using TreatyGraph.Ingestion.Time.Recognition;

namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>
/// Finds the tense cues of tense.json in a sentence: future phrases ("will", "plans to", "to visit"),
/// irregular past forms, regular "-ed" forms (less the adjectives and nouns listed as notPast), and
/// "had" before a past form as the past perfect. The tense of a time expression is that of the nearest
/// cue before it in its sentence, else of the nearest one after it.
/// </summary>
internal sealed class TenseCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const int PerfectReach = 24;
    private const int BareAuxiliaryLength = 3;

    private readonly Regex _future;
    private readonly Regex _past;
    private readonly Regex _regularPast;
    private readonly Regex _perfectAuxiliary;
    private readonly Regex _passive;
    private readonly HashSet<string> _notPast;

    public TenseCues(TenseLexiconDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var toVerb = $"to\\s+(?:{TimeMacros.Alternation(document.ToVerbs)})";
        _future = Words(document.Future, toVerb);
        _past = Words(document.Past);
        _perfectAuxiliary = Words(document.PastPerfect);
        var linking = TimeMacros.Alternation(["be", "been", "being", .. document.Linking]);
        _passive = new Regex($@"(?<!\p{{L}})(?:{linking})\s+(?:\p{{L}}+ly\s+)?\p{{L}}+(?!\p{{L}})", Options);
        _regularPast = new Regex(@"(?<![\p{L}\p{Nd}-])(?-i:[a-z][a-z-]*ed)(?!\p{L})", Options);
        _notPast = new HashSet<string>(document.NotPast, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The cues of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, in order.</summary>
    public IReadOnlyList<TenseCue> Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentence = text[start..end];
        var cues = new List<TenseCue>();
        foreach (Match m in _future.Matches(sentence))
        {
            cues.Add(new TenseCue(start + m.Index, start + m.Index + m.Length, Tense.Future));
        }

        var perfect = _perfectAuxiliary.Matches(sentence).Select(m => start + m.Index).ToHashSet();

        // In "to be published", "will be held" or "will stay closed" the verb before the participle tells the tense.
        var passives = _passive.Matches(sentence).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        foreach (var m in _past.Matches(sentence).Concat(_regularPast.Matches(sentence).Where(m => !_notPast.Contains(m.Value))))
        {
            if (passives.Any(p => p.Start < m.Index && m.Index + m.Length <= p.End))
            {
                continue;
            }

            var cue = new TenseCue(start + m.Index, start + m.Index + m.Length, perfect.Contains(start + m.Index) ? Tense.PastPerfect : Tense.Past);
            if (!cues.Any(c => c.Start < cue.End && cue.Start < c.End))
            {
                cues.Add(cue);
            }
        }

        cues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MergePerfect(text, cues);
    }

    /// <summary>The tense for a time expression at [<paramref name="start"/>, <paramref name="end"/>), ignoring cues inside any time expression.</summary>
    public static Tense Around(IReadOnlyList<TenseCue> cues, int start, int end, IReadOnlyList<(int Start, int End)> timexSpans)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(timexSpans);
        TenseCue? before = null;
        TenseCue? after = null;
        foreach (var cue in cues)
        {
            if (timexSpans.Any(s => s.Start < cue.End && cue.Start < s.End))
            {
                continue;
            }

            if (cue.End <= start)
            {
                before = cue;
            }
            else if (cue.Start >= end && after is null)
            {
                after = cue;
            }
        }

        return (before ?? after)?.Tense ?? Tense.Unknown;
    }

    // "had" followed closely by a past form is one past-perfect cue; "had" alone is a plain past.
    private static List<TenseCue> MergePerfect(string text, List<TenseCue> cues)
    {
        var merged = new List<TenseCue>(cues.Count);
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            // "had been" is a whole past perfect; a bare "had" needs the past form after it.
            if (cue.Tense == Tense.PastPerfect && cue.End - cue.Start <= BareAuxiliaryLength)
            {
                var next = i + 1 < cues.Count ? cues[i + 1] : (TenseCue?)null;
                if (next is { Tense: Tense.Past } n && n.Start - cue.End <= PerfectReach && IsWordsOnly(text, cue.End, n.Start))
                {
                    merged.Add(new TenseCue(cue.Start, n.End, Tense.PastPerfect));
                    i++;
                    continue;
                }

                cue = cue with { Tense = Tense.Past };
            }

            merged.Add(cue);
        }

        return merged;
    }

    private static bool IsWordsOnly(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsLetter(text[i]) && !char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static Regex Words(IEnumerable<string> phrases, params string[] extra)
    {
        var alternatives = phrases
            .OrderByDescending(p => p.Length)
            .Select(p => (char.IsLetter(p[0]) ? @"(?<!\p{L})" : string.Empty) + TimeMacros.Alternation([p]))
            .Concat(extra.Select(e => @"(?<!\p{L})" + e));
        return new Regex($@"(?:{string.Join('|', alternatives)})(?!\p{{L}})", Options);
    }
}
