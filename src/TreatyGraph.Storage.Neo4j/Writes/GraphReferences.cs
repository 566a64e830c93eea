using TreatyGraph.Core.Graph;

namespace TreatyGraph.Storage.Neo4j.Writes;

/// <summary>Every entity a batch's events and relations point at must exist, in the graph or in the batch.</summary>
internal static class GraphReferences
{
    public static IEnumerable<string> EntityIdsOf(GraphBatch batch) =>
        batch.Events.SelectMany(e => e.InvolvedEntityIds())
            .Concat(batch.Relations.SelectMany(r => new[] { r.FromId, r.ToId }));

    public static void Check(GraphBatch batch, IReadOnlySet<string> storedEntityIds)
    {
        var inBatch = batch.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var missing = EntityIdsOf(batch)
            .Where(id => !inBatch.Contains(id) && !storedEntityIds.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (missing.Length > 0)
        {
            // TODO(store): Core's GraphIntegrityException once the store branch lands it.
            throw new InvalidOperationException(
                $"The batch refers to entities that are neither in the graph nor in the batch: {string.Join(", ", missing.Take(10))}"
                + (missing.Length > 10 ? $" and {missing.Length - 10} more" : "") + ". Nothing was written.");
        }
    }
}
