using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Articles;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Entities;
using TreatyGraph.Storage.Sqlite.Events;
using TreatyGraph.Storage.Sqlite.Paths;
using TreatyGraph.Storage.Sqlite.Relations;

namespace TreatyGraph.Storage.Sqlite.Apply;

/// <summary>
/// Applies one batch inside the writer's transaction: checks references first (nothing is written when
/// one is missing), then upserts by the <see cref="GraphUpsert"/> rules, counting what changed.
/// </summary>
internal static class BatchApplier
{
    public static async Task<ApplyResult> ApplyAsync(SqliteConnection connection, GraphBatch batch, CancellationToken cancellationToken)
    {
        batch = GraphUpsert.Collapse(batch);
        await IntegrityCheck.EnsureAsync(connection, batch, cancellationToken);

        var result = new ApplyResult();
        using var links = new LinkWriter(connection);
        using (var articles = new ArticleWriter(connection))
        {
            var created = batch.Articles.Count(articles.Insert);
            result = result with { Articles = new ChangeCount(created, 0, batch.Articles.Count - created) };
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var entities = new EntityWriter(connection))
        {
            await entities.StartAsync(cancellationToken);
            var stored = await EntityReader.GetAsync(connection, [.. batch.Entities.Select(e => e.Id)], cancellationToken);
            var count = new Counter();
            foreach (var entity in batch.Entities)
            {
                if (!stored.TryGetValue(entity.Id, out var before))
                {
                    entities.Insert(entity);
                    count.Created++;
                    continue;
                }

                var merged = GraphUpsert.Merge(before, entity);
                if (GraphUpsert.SameAs(before, merged))
                {
                    count.Unchanged++;
                }
                else
                {
                    await entities.UpdateAsync(before, merged, cancellationToken);
                    count.Updated++;
                }
            }

            result = result with { Entities = count.ToChangeCount() };
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var events = new EventWriter(connection, links))
        {
            var stored = await EventReader.GetAsync(connection, [.. batch.Events.Select(e => e.Id)], cancellationToken);
            var count = new Counter();
            foreach (var ev in batch.Events)
            {
                if (!stored.TryGetValue(ev.Id, out var before))
                {
                    events.Insert(ev);
                    count.Created++;
                    continue;
                }

                var merged = GraphUpsert.Merge(before, ev);
                if (GraphUpsert.SameAs(before, merged))
                {
                    count.Unchanged++;
                }
                else
                {
                    events.Update(before, merged);
                    count.Updated++;
                }
            }

            result = result with { Events = count.ToChangeCount() };
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var relations = new RelationWriter(connection, links))
        {
            var ids = batch.Relations.Select(r => r.Id).ToArray();
            var stored = await RelationReader.GetAsync(connection, ids, cancellationToken);
            var count = new Counter();
            for (var i = 0; i < ids.Length; i++)
            {
                var relation = batch.Relations[i];
                if (!stored.TryGetValue(ids[i], out var before))
                {
                    relations.Insert(relation, ids[i]);
                    count.Created++;
                    continue;
                }

                var merged = GraphUpsert.Merge(before, relation);
                if (GraphUpsert.SameAs(before, merged))
                {
                    count.Unchanged++;
                }
                else
                {
                    relations.Update(before, merged, ids[i]);
                    count.Updated++;
                }
            }

            result = result with { Relations = count.ToChangeCount() };
        }

        links.Flush();
        if (!result.IsNoOp)
        {
            await connection.ExecuteAsync("UPDATE graph_version SET version = version + 1", cancellationToken);
        }

        return result;
    }

    private sealed class Counter
    {
        public int Created { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public ChangeCount ToChangeCount() => new(Created, Updated, Unchanged);
    }
}
