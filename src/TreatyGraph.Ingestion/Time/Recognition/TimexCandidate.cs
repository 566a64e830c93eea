using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>A match of one rule, before overlapping matches are settled.</summary>
internal sealed record TimexCandidate(TimeRule Rule, Match Match)
{
    public int Start => Match.Index;

    public int End => Match.Index + Match.Length;
}
