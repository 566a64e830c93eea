using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Time.Normalisation;
using TreatyGraph.Ingestion.Time.Recognition;

namespace TreatyGraph.Ingestion.Time;

/// <summary>
/// Finds time expressions in English news text and normalises them as TIMEX3 against the document
/// (publication) date, offline and deterministically. The rules and word lists are data (Rules/ in this
/// folder); see docs/extraction.md, "Time expressions". Tag a whole article at once: "that year", "two
/// years later" and "back then" are anchored on the last date mentioned before them.
/// </summary>
public sealed class TemporalTagger
{
    private readonly TimeRuleSet _rules;
    private readonly TimexTemplate _template;
    private readonly TimexAnchoring _anchoring;

    /// <summary>A tagger with the built-in rules (loaded once per process and shared).</summary>
    public TemporalTagger()
        : this(TimeRuleSet.Embedded)
    {
    }

    internal TemporalTagger(TimeRuleSet rules)
    {
        _rules = rules;
        _template = new TimexTemplate(rules.Lexicon);
        _anchoring = new TimexAnchoring(rules.Tense);
    }

    /// <summary>
    /// The time expressions of <paramref name="text"/> in order, without overlaps. Relative ones ("Friday",
    /// "last year", "in June") are resolved against <paramref name="documentDate"/>; when it is null they
    /// keep X digits (<c>XXXX-WXX-5</c>) unless the text itself anchors them.
    /// </summary>
    public IReadOnlyList<Timex> Tag(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = _rules.Rules.SelectMany(rule => rule.Pattern.Matches(text).Select(m => new TimexCandidate(rule, m)));
        var raws = new List<RawTimex>();
        foreach (var candidate in CandidateSelection.Select(candidates, text.Length))
        {
            if (Fill(candidate, text) is { } raw)
            {
                raws.Add(raw);
            }
        }

        return _anchoring.Resolve(text, raws, documentDate);
    }

    /// <summary>
    /// The EDTF date a timex stands for ("early next year" → <c>2019-37</c>, "the 1950s" → <c>195X</c>), with the
    /// timex's words as its phrase; null for durations, sets, the past or future as such, and anything still
    /// holding X digits. <paramref name="documentDate"/> gives "now" its day.
    /// </summary>
    public static FuzzyDate? ToFuzzyDate(Timex timex, DateOnly? documentDate) => TimexEdtf.ToFuzzyDate(timex, documentDate);

    private RawTimex? Fill(TimexCandidate candidate, string text)
    {
        var rule = candidate.Rule;
        try
        {
            var value = _template.Fill(rule.Value, candidate.Match, text);
            var mod = rule.Mod is null ? null : TimexModNames.Parse(_template.Fill(rule.Mod, candidate.Match, text));
            return new RawTimex(candidate.Start, candidate.End, rule.Type, value, mod);
        }
        catch (InvalidOperationException)
        {
            // A match whose words the lexicon cannot normalise is not a time expression we can stand behind.
            return null;
        }
    }
}
