using TreatyGraph.Core.Graph;

namespace TreatyGraph.Cli.Copying;

/// <summary>
/// Copies a whole graph between stores: each item kind scanned in id order from the source and applied to
/// the target in batches (each one transaction), with a checkpoint after every batch so an interrupted copy
/// resumes where it stopped. Re-applying a batch is harmless, so resuming after a crash is always safe.
/// </summary>
internal sealed class GraphCopy(IGraphStore source, IGraphStore target, int batchSize)
{
    /// <summary>Called after each applied batch with the kind and how many of it are done so far (this run).</summary>
    public Action<CopyItemKind, int>? Progress { get; init; }

    public async Task RunAsync(CopyCheckpoint checkpoint, string checkpointPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        foreach (var kind in Enum.GetValues<CopyItemKind>())
        {
            var done = 0;
            var buffer = new List<object>(batchSize);
            string? lastId = null;
            await foreach (var (id, item) in ScanAsync(kind, checkpoint.LastId(kind), cancellationToken).ConfigureAwait(false))
            {
                buffer.Add(item);
                lastId = id;
                if (buffer.Count == batchSize)
                {
                    done += await FlushAsync(kind, buffer, lastId, checkpoint, checkpointPath, cancellationToken).ConfigureAwait(false);
                    Progress?.Invoke(kind, done);
                }
            }

            if (buffer.Count > 0)
            {
                done += await FlushAsync(kind, buffer, lastId!, checkpoint, checkpointPath, cancellationToken).ConfigureAwait(false);
            }

            Progress?.Invoke(kind, done);
        }
    }

    private async Task<int> FlushAsync(
        CopyItemKind kind, List<object> buffer, string lastId, CopyCheckpoint checkpoint, string checkpointPath, CancellationToken cancellationToken)
    {
        var batch = kind switch
        {
            CopyItemKind.Articles => new GraphBatch { Articles = buffer.Cast<Core.Domain.Article>().ToArray() },
            CopyItemKind.Entities => new GraphBatch { Entities = buffer.Cast<Core.Domain.Entity>().ToArray() },
            CopyItemKind.Events => new GraphBatch { Events = buffer.Cast<Core.Domain.Event>().ToArray() },
            _ => new GraphBatch { Relations = buffer.Cast<Core.Domain.Relation>().ToArray() },
        };
        await target.ApplyAsync(batch, cancellationToken).ConfigureAwait(false);
        await checkpoint.SaveAsync(checkpointPath, kind, lastId, cancellationToken).ConfigureAwait(false);
        var count = buffer.Count;
        buffer.Clear();
        return count;
    }

    private async IAsyncEnumerable<(string Id, object Item)> ScanAsync(
        CopyItemKind kind, string? afterId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case CopyItemKind.Articles:
                await foreach (var a in source.ScanArticlesAsync(afterId, cancellationToken).ConfigureAwait(false))
                {
                    yield return (a.Id, a);
                }

                break;
            case CopyItemKind.Entities:
                await foreach (var e in source.ScanEntitiesAsync(afterId, cancellationToken).ConfigureAwait(false))
                {
                    yield return (e.Id, e);
                }

                break;
            case CopyItemKind.Events:
                await foreach (var e in source.ScanEventsAsync(afterId, cancellationToken).ConfigureAwait(false))
                {
                    yield return (e.Id, e);
                }

                break;
            default:
                await foreach (var r in source.ScanRelationsAsync(afterId, cancellationToken).ConfigureAwait(false))
                {
                    yield return (r.Id, r);
                }

                break;
        }
    }
}
