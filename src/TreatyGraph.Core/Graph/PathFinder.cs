namespace TreatyGraph.Core.Graph;

/// <summary>
/// The k shortest simple paths between two entities, for every store: a bidirectional breadth-first search
/// over <see cref="IGraphStore.ExpandAsync"/>, one level at a time from the side with the smaller frontier.
/// After the levels expanded on both sides add up to <c>n</c>, every link of every path of length ≤ <c>n</c>
/// is known, so the paths of length <c>n</c> are enumerated then, before the next level is fetched.
/// <para>
/// Order: shorter first, then by the sequence of entity ids along the path (ordinal). Per pair of entities
/// one link is used: the relation with the smallest id, else the event with the smallest id, so paths
/// differ in the entities they pass through, not merely in which of two leaders' meetings joins them.
/// </para>
/// <para>
/// Work is bounded: enumeration is a depth-first walk in id order that steps only onto entities whose known
/// distance to the target fits the hops left (so it rarely backtracks), and it stops after
/// <see cref="MaxSteps"/> steps, and the search stops before expanding a frontier of more than
/// <see cref="MaxFrontier"/> entities; the paths found by then are returned.
/// </para>
/// </summary>
public static class PathFinder
{
    /// <summary>Steps the enumeration may take in one search before it gives up on longer paths.</summary>
    public const int MaxSteps = 200_000;

    /// <summary>The largest frontier the search expands.</summary>
    public const int MaxFrontier = 50_000;

    public static async Task<IReadOnlyList<GraphPath>> FindAsync(IGraphStore store, PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        if (query.First == 0 || string.Equals(query.FromId, query.ToId, StringComparison.Ordinal))
        {
            return [];
        }

        var graph = new LinkGraph();
        var forward = new SearchSide(query.FromId);
        var backward = new SearchSide(query.ToId);
        var paths = new List<GraphPath>();
        var steps = new StepBudget(MaxSteps);
        for (var length = 1; length <= query.MaxHops && paths.Count < query.First; length++)
        {
            var side = forward.IsExhausted ? (backward.IsExhausted ? null : backward)
                : backward.IsExhausted || forward.FrontierSize <= backward.FrontierSize ? forward
                : backward;
            if (side is not null)
            {
                if (side.FrontierSize > MaxFrontier)
                {
                    break;
                }

                await side.ExpandAsync(store, graph, query.AsOf, cancellationToken);
            }

            if ((forward.IsExhausted && !forward.Distances.ContainsKey(query.ToId))
                || (backward.IsExhausted && !backward.Distances.ContainsKey(query.FromId)))
            {
                break;
            }

            var enumeration = new PathEnumeration(graph, backward, query.FromId, query.ToId, steps);
            paths.AddRange(enumeration.Paths(length, query.First - paths.Count));
        }

        return paths;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for hops outside 1..<see cref="PathQuery.MaxHopsCap"/> or a negative count.</summary>
    public static void Validate(PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.FromId, nameof(query));
        ArgumentException.ThrowIfNullOrWhiteSpace(query.ToId, nameof(query));
        if (query.MaxHops is < 1 or > PathQuery.MaxHopsCap)
        {
            throw new ArgumentOutOfRangeException(
                nameof(query), query.MaxHops, $"maxHops must be between 1 and {PathQuery.MaxHopsCap}.");
        }

        if (query.First < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.First, "first must not be negative.");
        }
    }
}
