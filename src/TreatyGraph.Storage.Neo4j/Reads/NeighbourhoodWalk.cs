using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Storage.Neo4j.Reads;

/// <summary>
/// The entities around a centre, breadth first through <see cref="IGraphStore.ExpandAsync"/> (one batched call
/// per level): nearer first, then by id, at most <c>limit</c>; links are those between the entities kept.
/// </summary>
internal static class NeighbourhoodWalk
{
    public static async Task<Neighbourhood> WalkAsync(IGraphStore store, string centerId, int depth, FuzzyDate? asOf, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(centerId);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var center = await store.GetEntitiesAsync([centerId], ct).ConfigureAwait(false);
        if (center.Count == 0 || limit == 0)
        {
            return new Neighbourhood(centerId, [], []);
        }

        var kept = new List<string> { centerId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { centerId };
        var links = new List<Link>();
        var frontier = new List<string> { centerId };
        for (var level = 0; level < depth && frontier.Count > 0 && kept.Count < limit; level++)
        {
            var hops = await store.ExpandAsync(frontier, asOf, ct).ConfigureAwait(false);
            links.AddRange(hops);
            frontier = hops.Select(h => h.ToId)
                .Where(seen.Add)
                .Order(StringComparer.Ordinal)
                .Take(limit - kept.Count)
                .ToList();
            kept.AddRange(frontier);
        }

        var inside = kept.ToHashSet(StringComparer.Ordinal);
        var entities = await store.GetEntitiesAsync(kept, ct).ConfigureAwait(false);
        var distinctLinks = links
            .Where(l => inside.Contains(l.FromId) && inside.Contains(l.ToId))
            .GroupBy(l => (l.FactId, Low: Min(l.FromId, l.ToId), High: Max(l.FromId, l.ToId)))
            .Select(g => g.First())
            .OrderBy(l => l.FactId, StringComparer.Ordinal)
            .ThenBy(l => l.FromId, StringComparer.Ordinal)
            .ThenBy(l => l.ToId, StringComparer.Ordinal)
            .ToArray();
        return new Neighbourhood(centerId, kept.Where(entities.ContainsKey).Select(id => entities[id]).ToArray(), distinctLinks);
    }

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string Max(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? b : a;
}
