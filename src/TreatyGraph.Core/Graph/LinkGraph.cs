namespace TreatyGraph.Core.Graph;

/// <summary>
/// The part of the graph a search has seen, as undirected adjacency with one link per neighbour pair: the
/// relation with the smallest id, else the event with the smallest id (ordinal). Hops are undirected, so
/// every link is recorded from both ends; an entity's neighbours are complete once it has been expanded.
/// </summary>
internal sealed class LinkGraph
{
    private static readonly Dictionary<string, Link> EmptyLinks = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Dictionary<string, Link>> _adjacency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _sorted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);

    public bool IsExpanded(string id) => _expanded.Contains(id);

    /// <summary>Expands the entities not yet expanded; returns the neighbours seen from them.</summary>
    public async Task<IReadOnlyCollection<string>> ExpandAsync(
        IGraphStore store, IReadOnlyCollection<string> ids, Time.FuzzyDate? asOf, CancellationToken cancellationToken)
    {
        var todo = ids.Where(id => !_expanded.Contains(id)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in todo.Chunk(1000))
        {
            foreach (var link in await store.ExpandAsync(chunk, asOf, cancellationToken))
            {
                if (string.Equals(link.FromId, link.ToId, StringComparison.Ordinal))
                {
                    continue;
                }

                Add(link);
                Add(new Link(link.ToId, link.FromId, link.RelationId, link.EventId));
            }

            _expanded.UnionWith(chunk);
        }

        foreach (var id in ids)
        {
            seen.UnionWith(Neighbours(id).Keys);
        }

        _sorted.Clear();
        return seen;
    }

    public IReadOnlyDictionary<string, Link> Neighbours(string id) =>
        _adjacency.TryGetValue(id, out var links) ? links : EmptyLinks;

    /// <summary>Neighbours in ordinal id order (cached until the next expansion).</summary>
    public string[] SortedNeighbours(string id)
    {
        if (!_sorted.TryGetValue(id, out var sorted))
        {
            sorted = [.. Neighbours(id).Keys];
            Array.Sort(sorted, StringComparer.Ordinal);
            _sorted[id] = sorted;
        }

        return sorted;
    }

    /// <summary>True when <paramref name="candidate"/> should stand for the pair instead of <paramref name="current"/>.</summary>
    public static bool Precedes(Link candidate, Link current)
    {
        var candidateIsRelation = candidate.RelationId is not null;
        var currentIsRelation = current.RelationId is not null;
        return candidateIsRelation != currentIsRelation
            ? candidateIsRelation
            : string.CompareOrdinal(candidate.FactId, current.FactId) < 0;
    }

    private void Add(Link link)
    {
        if (!_adjacency.TryGetValue(link.FromId, out var links))
        {
            links = new Dictionary<string, Link>(StringComparer.Ordinal);
            _adjacency.Add(link.FromId, links);
        }

        if (!links.TryGetValue(link.ToId, out var current) || Precedes(link, current))
        {
            links[link.ToId] = link;
        }
    }
}
