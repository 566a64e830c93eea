using Microsoft.Extensions.Options;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Writes;

/// <summary>
/// Applies a batch: reads what is stored of its items (one read transaction), rejects it when it refers to
/// entities or articles the graph lacks, merges by Core's <see cref="GraphUpsert"/> rules, then writes what
/// changed in one transaction (one HTTP request on the transactional endpoint), so a failure leaves nothing
/// half-written. Batches of one process are applied one at a time.
/// </summary>
internal sealed class BatchWriter(Neo4jClient client, IOptions<Neo4jOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public async Task<ApplyResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return new ApplyResult();
        }

        batch = GraphUpsert.Collapse(batch);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await StoredItems.ReadAsync(client, batch, cancellationToken).ConfigureAwait(false);
            if (stored.MissingEntityIds.Count > 0 || stored.MissingArticleIds.Count > 0)
            {
                throw new GraphIntegrityException(stored.MissingEntityIds, stored.MissingArticleIds);
            }

            var newArticles = batch.Articles.Where(a => !stored.ArticleIds.Contains(a.Id)).ToArray();
            var entities = Plan(batch.Entities, e => e.Id, stored.Entities, GraphUpsert.Merge, GraphUpsert.SameAs);
            var events = Plan(batch.Events, e => e.Id, stored.Events, GraphUpsert.Merge, GraphUpsert.SameAs);
            var relations = Plan(batch.Relations, r => r.Id, stored.Relations, GraphUpsert.Merge, GraphUpsert.SameAs);

            var statements = WriteStatements.For(newArticles, entities.Changed, events.Changed, relations.Changed, options.Value.WriteChunkSize).ToArray();
            try
            {
                await client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.Failure == Neo4jFailure.Unavailable)
            {
                throw new Neo4jException(
                    ex.Failure,
                    ex.Code,
                    $"{ex.Message} The connection failed while a batch of {batch.Count} items was being written in one transaction: "
                    + "Neo4j applies it whole or not at all, and applying the same batch again is safe.",
                    ex);
            }

            return new ApplyResult
            {
                Articles = new ChangeCount(newArticles.Length, 0, batch.Articles.Count - newArticles.Length),
                Entities = entities.Count,
                Events = events.Count,
                Relations = relations.Count,
            };
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>For one item kind: what to write (new items as given, stored ones merged) and the counts.</summary>
    private static (IReadOnlyList<T> Changed, ChangeCount Count) Plan<T>(
        IReadOnlyList<T> items, Func<T, string> id, IReadOnlyDictionary<string, T> stored, Func<T, T, T> merge, Func<T, T, bool> same)
    {
        var changed = new List<T>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var item in items)
        {
            if (!stored.TryGetValue(id(item), out var before))
            {
                created++;
                changed.Add(item);
                continue;
            }

            var merged = merge(before, item);
            if (same(before, merged))
            {
                unchanged++;
            }
            else
            {
                updated++;
                changed.Add(merged);
            }
        }

        return (changed, new ChangeCount(created, updated, unchanged));
    }
}
