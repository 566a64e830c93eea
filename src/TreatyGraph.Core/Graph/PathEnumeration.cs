namespace TreatyGraph.Core.Graph;

/// <summary>
/// Lists simple paths of one exact length from source to target in entity-id order: a depth-first walk
/// that only steps onto an entity whose lower-bound distance to the target (from the backward search)
/// fits the hops that remain.
/// </summary>
internal sealed class PathEnumeration(LinkGraph graph, SearchSide backward, string sourceId, string targetId, StepBudget budget)
{
    private readonly HashSet<string> _onPath = new(StringComparer.Ordinal) { sourceId };
    private readonly List<Link> _steps = [];
    private readonly List<GraphPath> _found = [];
    private int _wanted;

    public IReadOnlyList<GraphPath> Paths(int length, int wanted)
    {
        _wanted = wanted;
        if (wanted > 0 && backward.LowerBound(sourceId) <= length)
        {
            Walk(sourceId, length);
        }

        return _found;
    }

    private void Walk(string at, int remaining)
    {
        if (remaining == 1)
        {
            if (graph.Neighbours(at).TryGetValue(targetId, out var last))
            {
                _found.Add(new GraphPath([.. _steps, last]));
            }

            return;
        }

        foreach (var next in Candidates(at, remaining - 1))
        {
            if (_onPath.Contains(next))
            {
                continue;
            }

            if (!budget.Take())
            {
                return;
            }

            _onPath.Add(next);
            _steps.Add(graph.Neighbours(at)[next]);
            Walk(next, remaining - 1);
            _steps.RemoveAt(_steps.Count - 1);
            _onPath.Remove(next);
            if (_found.Count >= _wanted || budget.IsSpent)
            {
                return;
            }
        }
    }

    // Neighbours of an entity that may still reach the target within the hops left, in id order. When they
    // must lie inside the backward search's explored ball, walk whichever of the two sets is smaller.
    private IEnumerable<string> Candidates(string at, int hopsLeft)
    {
        var neighbours = graph.Neighbours(at);
        if (hopsLeft > backward.Depth)
        {
            return graph.SortedNeighbours(at).Where(n => Fits(n, hopsLeft));
        }

        var ball = Enumerable.Range(1, hopsLeft).Sum(d => backward.Level(d).Count);
        var candidates = neighbours.Count <= ball
            ? neighbours.Keys.Where(n => Fits(n, hopsLeft)).ToList()
            : Enumerable.Range(1, hopsLeft).SelectMany(backward.Level).Where(neighbours.ContainsKey).ToList();
        candidates.Sort(StringComparer.Ordinal);
        return candidates;
    }

    // The target only ends a path; it is never a step on the way.
    private bool Fits(string id, int hopsLeft) =>
        !string.Equals(id, targetId, StringComparison.Ordinal) && backward.LowerBound(id) <= hopsLeft;
}
