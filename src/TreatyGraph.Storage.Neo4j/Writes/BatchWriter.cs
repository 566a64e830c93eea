using Microsoft.Extensions.Options;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Writes;

/// <summary>
/// Applies a batch: reads what is stored of its items, checks that every entity it refers to exists, merges in
/// .NET, then writes everything that changed in one transaction (one HTTP request on the transactional
/// endpoint), so a failure leaves nothing half-written. Batches of one process are applied one at a time.
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

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await StoredItems.ReadAsync(client, batch, cancellationToken).ConfigureAwait(false);
            GraphReferences.Check(batch, stored.EntityIds);

            var articles = Plan(batch.Articles, a => a.Id, stored.ArticleIds.Contains, existing: null, merge: null);
            var entities = Plan(batch.Entities, e => e.Id, _ => false, stored.Entities, (s, i) => BatchMerge.Merge(s, i), e => e with { Aliases = [], References = [] });
            var events = Plan(batch.Events, e => e.Id, _ => false, stored.Events, (s, i) => BatchMerge.Merge(s, i), e => e with { Participants = [], Concerns = [], Evidence = [] });
            var relations = Plan(batch.Relations, r => r.Id, _ => false, stored.Relations, (s, i) => BatchMerge.Merge(s, i), r => r with { Evidence = [] });

            var statements = WriteStatements.For(
                articles.Changed, entities.Changed, events.Changed, relations.Changed, options.Value.WriteChunkSize).ToArray();
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
                Articles = articles.Count,
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

    /// <summary>What to write for one item kind: the merged items that differ from what is stored.</summary>
    private static Planned<T> Plan<T>(
        IReadOnlyList<T> items,
        Func<T, string> id,
        Func<string, bool> storedUnchangeable,
        IReadOnlyDictionary<string, T>? existing,
        Func<T, T, T>? merge,
        Func<T, T>? empty = null)
        where T : class
    {
        var merged = new Dictionary<string, T>(StringComparer.Ordinal);
        var order = new List<string>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var item in items)
        {
            var key = id(item);
            if (merged.TryGetValue(key, out var already))
            {
                merged[key] = merge is null ? already : merge(already, item);
                continue;
            }

            order.Add(key);
            if (existing is not null && existing.TryGetValue(key, out var before))
            {
                merged[key] = merge!(before, item);
            }
            else
            {
                merged[key] = merge is null || empty is null ? item : merge(empty(item), item);
            }
        }

        var changed = new List<T>();
        foreach (var key in order)
        {
            if (storedUnchangeable(key))
            {
                unchanged++;
            }
            else if (existing is null || !existing.TryGetValue(key, out var before))
            {
                created++;
                changed.Add(merged[key]);
            }
            else if (Same(before, merged[key]))
            {
                unchanged++;
            }
            else
            {
                updated++;
                changed.Add(merged[key]);
            }
        }

        return new Planned<T>(changed, new ChangeCount(created, updated, unchanged));
    }

    private static bool Same<T>(T a, T b) => (a, b) switch
    {
        (Entity x, Entity y) => DocumentJson.Write(x.ToDocument()) == DocumentJson.Write(y.ToDocument()),
        (Event x, Event y) => DocumentJson.Write(x.ToDocument()) == DocumentJson.Write(y.ToDocument()),
        (Relation x, Relation y) => DocumentJson.Write(x.ToDocument()) == DocumentJson.Write(y.ToDocument()),
        _ => Equals(a, b),
    };

    private sealed record Planned<T>(IReadOnlyList<T> Changed, ChangeCount Count);
}
