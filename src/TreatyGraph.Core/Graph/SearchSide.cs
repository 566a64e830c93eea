namespace TreatyGraph.Core.Graph;

/// <summary>One end of a bidirectional breadth-first search: exact distances up to <see cref="Depth"/> levels, and the frontier.</summary>
internal sealed class SearchSide
{
    private readonly Dictionary<string, int> _distance = new(StringComparer.Ordinal);
    private readonly List<List<string>> _levels = [];
    private List<string> _frontier;

    public SearchSide(string origin)
    {
        _distance[origin] = 0;
        _frontier = [origin];
        _levels.Add(_frontier);
    }

    /// <summary>Levels expanded so far: every entity closer than this has all its links in the graph.</summary>
    public int Depth { get; private set; }

    public int FrontierSize => _frontier.Count;

    /// <summary>No entity is left to reach: every distance is known.</summary>
    public bool IsExhausted => _frontier.Count == 0;

    /// <summary>Entities reached so far (distance ≤ <see cref="Depth"/>).</summary>
    public IReadOnlyDictionary<string, int> Distances => _distance;

    public async Task ExpandAsync(IGraphStore store, LinkGraph graph, Time.FuzzyDate? asOf, CancellationToken cancellationToken)
    {
        var neighbours = await graph.ExpandAsync(store, _frontier, asOf, cancellationToken);
        Depth++;
        var next = new List<string>();
        foreach (var id in neighbours)
        {
            if (_distance.TryAdd(id, Depth))
            {
                next.Add(id);
            }
        }

        _frontier = next;
        _levels.Add(next);
    }

    /// <summary>Entities at exactly <paramref name="distance"/> hops (0 ≤ distance ≤ <see cref="Depth"/>).</summary>
    public IReadOnlyList<string> Level(int distance) => _levels[distance];

    /// <summary>A lower bound on the hops from <paramref name="id"/> to this side's origin (int.MaxValue: unreachable).</summary>
    public int LowerBound(string id) =>
        _distance.TryGetValue(id, out var d) ? d : IsExhausted ? int.MaxValue : Depth + 1;
}
