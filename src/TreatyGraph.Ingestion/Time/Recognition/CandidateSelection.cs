using System.Collections;

namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>
/// Settles overlapping matches: the longest wins, then the one that starts first, then the earlier rule,
/// as HeidelTime and SUTime do, so "early next year" beats "next year" and "March 22, 2013" beats "2013".
/// </summary>
internal static class CandidateSelection
{
    public static IReadOnlyList<TimexCandidate> Select(IEnumerable<TimexCandidate> candidates, int textLength)
    {
        // One bit per character taken: matches are short, so checking a span costs its length.
        var taken = new BitArray(textLength);
        var selected = new List<TimexCandidate>();
        foreach (var candidate in candidates
            .Where(c => c.End > c.Start)
            .OrderByDescending(c => c.End - c.Start)
            .ThenBy(c => c.Start)
            .ThenBy(c => c.Rule.Order))
        {
            if (IsFree(taken, candidate.Start, candidate.End))
            {
                for (var i = candidate.Start; i < candidate.End; i++)
                {
                    taken[i] = true;
                }

                selected.Add(candidate);
            }
        }

        selected.Sort((a, b) => a.Start.CompareTo(b.Start));
        return selected;
    }

    private static bool IsFree(BitArray taken, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (taken[i])
            {
                return false;
            }
        }

        return true;
    }
}
