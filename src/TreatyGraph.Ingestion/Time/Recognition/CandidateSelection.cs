namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// Settles overlapping matches: the longest wins, then the one that starts first, then the earlier rule,
/// as HeidelTime and SUTime do, so "early next year" beats "next year" and "March 22, 2013" beats "2013".
/// </summary>
internal static class CandidateSelection
{
    public static IReadOnlyList<TimexCandidate> Select(IEnumerable<TimexCandidate> candidates)
    {
        // Taken spans stay sorted by start and never overlap, so only the neighbours of a place can clash.
        var taken = new List<TimexCandidate>();
        var starts = new List<int>();
        foreach (var candidate in candidates
            .Where(c => c.End > c.Start)
            .OrderByDescending(c => c.End - c.Start)
            .ThenBy(c => c.Start)
            .ThenBy(c => c.Rule.Order))
        {
            var at = starts.BinarySearch(candidate.Start);
            if (at >= 0)
            {
                continue;
            }

            at = ~at;
            var clashesBefore = at > 0 && taken[at - 1].End > candidate.Start;
            var clashesAfter = at < taken.Count && taken[at].Start < candidate.End;
            if (!clashesBefore && !clashesAfter)
            {
                taken.Insert(at, candidate);
                starts.Insert(at, candidate.Start);
            }
        }

        return taken;
    }
}
