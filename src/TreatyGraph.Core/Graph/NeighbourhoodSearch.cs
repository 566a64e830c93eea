using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// The neighbourhood of an entity for every store: breadth first over <see cref="IGraphStore.ExpandAsync"/>,
/// each level's new entities taken in id order until <c>limit</c> entities (the centre included) are in.
/// Links are those between included entities, one per pair (chosen as in <see cref="PathFinder"/>),
/// oriented from the entity reached first; entities are listed in the order they were reached.
/// </summary>
public static class NeighbourhoodSearch
{
    /// <summary>The deepest neighbourhood anyone may ask for.</summary>
    public const int MaxDepth = 3;

    public static async Task<Neighbourhood> FindAsync(
        IGraphStore store, string entityId, int depth, FuzzyDate? asOf, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, MaxDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        var centre = await store.GetEntitiesAsync([entityId], cancellationToken);
        if (centre.Count == 0)
        {
            return new Neighbourhood(entityId, [], []);
        }

        var graph = new LinkGraph();
        var order = new List<string> { entityId };
        var rank = new Dictionary<string, int>(StringComparer.Ordinal) { [entityId] = 0 };
        var level = new List<string> { entityId };
        for (var d = 0; d < depth && order.Count < limit && level.Count > 0; d++)
        {
            var reached = await graph.ExpandAsync(store, level, asOf, cancellationToken);
            level = [.. reached.Where(id => !rank.ContainsKey(id)).Order(StringComparer.Ordinal).Take(limit - order.Count)];
            foreach (var id in level)
            {
                rank[id] = order.Count;
                order.Add(id);
            }
        }

        // The outer level's own links (between two of its entities) are only known once it is expanded too.
        await graph.ExpandAsync(store, order, asOf, cancellationToken);
        var links = new List<Link>();
        foreach (var from in order)
        {
            foreach (var (to, link) in graph.Neighbours(from))
            {
                if (rank.TryGetValue(to, out var toRank) && rank[from] < toRank)
                {
                    links.Add(link);
                }
            }
        }

        links.Sort((a, b) => rank[a.FromId] != rank[b.FromId] ? rank[a.FromId].CompareTo(rank[b.FromId]) : rank[a.ToId].CompareTo(rank[b.ToId]));
        var entities = await store.GetEntitiesAsync(order, cancellationToken);
        return new Neighbourhood(entityId, [.. order.Where(entities.ContainsKey).Select(id => entities[id])], links);
    }
}
