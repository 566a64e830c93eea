using System.Runtime.CompilerServices;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Sources;

namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// The nodes, then the edges, of a graph selection, in chunks of at most <see cref="ChunkSize"/> read from the store
/// as they are written. The whole graph comes from the store's scans and is never held; a participants selection
/// first gathers the ids it covers (its participants' relations and events and the entities they touch), then
/// reads those in chunks, so it holds ids, never the facts.
/// </summary>
internal sealed class GraphSource(IGraphStore store, GraphSelection selection)
{
    public const int ChunkSize = 256;

    private const int EventsPageSize = 200;

    private readonly SourceCatalog _sources = new(store);
    private SelectionIds? _ids;

    public async IAsyncEnumerable<IReadOnlyList<GraphNode>> NodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (selection.IsWholeGraph)
        {
            await foreach (var chunk in ChunksAsync(store.ScanEntitiesAsync(null, cancellationToken), cancellationToken))
            {
                yield return [.. chunk.Select(GraphElements.Node)];
            }

            await foreach (var chunk in ChunksAsync(ScanSelectedEventsAsync(cancellationToken), cancellationToken))
            {
                await _sources.LoadAsync(chunk.SelectMany(e => e.Evidence), cancellationToken);
                yield return [.. chunk.Select(e => GraphElements.Node(e, _sources))];
            }

            yield break;
        }

        var ids = await IdsAsync(cancellationToken);
        foreach (var chunk in ids.Entities.Chunk(ChunkSize))
        {
            var entities = await store.GetEntitiesAsync(chunk, cancellationToken);
            yield return [.. chunk.Where(entities.ContainsKey).Select(id => GraphElements.Node(entities[id]))];
        }

        foreach (var chunk in ids.Events.Chunk(ChunkSize))
        {
            var events = await store.GetEventsAsync(chunk, cancellationToken);
            await _sources.LoadAsync(events.Values.SelectMany(e => e.Evidence), cancellationToken);
            yield return [.. chunk.Where(events.ContainsKey).Select(id => GraphElements.Node(events[id], _sources))];
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<GraphEdge>> EdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (selection.IsWholeGraph)
        {
            var relations = store.ScanRelationsAsync(null, cancellationToken).Where(r => r.IsValidDuring(selection.AsOf));
            await foreach (var chunk in ChunksAsync(relations, cancellationToken))
            {
                await _sources.LoadAsync(chunk.SelectMany(r => r.Evidence), cancellationToken);
                yield return [.. chunk.Select(r => GraphElements.Edge(r, _sources))];
            }

            await foreach (var chunk in ChunksAsync(ScanSelectedEventsAsync(cancellationToken), cancellationToken))
            {
                yield return [.. chunk.SelectMany(GraphElements.Involvements)];
            }

            yield break;
        }

        var ids = await IdsAsync(cancellationToken);
        foreach (var chunk in ids.Relations.Chunk(ChunkSize))
        {
            var relations = await store.GetRelationsByIdAsync(chunk, cancellationToken);
            await _sources.LoadAsync(relations.Values.SelectMany(r => r.Evidence), cancellationToken);
            yield return [.. chunk.Where(relations.ContainsKey).Select(id => GraphElements.Edge(relations[id], _sources))];
        }

        foreach (var chunk in ids.Events.Chunk(ChunkSize))
        {
            var events = await store.GetEventsAsync(chunk, cancellationToken);
            yield return [.. chunk.Where(events.ContainsKey).SelectMany(id => GraphElements.Involvements(events[id]))];
        }
    }

    /// <summary>Events as of the selection's date: dated no later than its end (undated ones only without it).</summary>
    internal static bool IsSelected(Event e, FuzzyDate? asOf) =>
        asOf is null || (e.Date is { } date && date.EarliestKey <= asOf.LatestKey);

    private IAsyncEnumerable<Event> ScanSelectedEventsAsync(CancellationToken cancellationToken) =>
        store.ScanEventsAsync(null, cancellationToken).Where(e => IsSelected(e, selection.AsOf));

    private async Task<SelectionIds> IdsAsync(CancellationToken cancellationToken) =>
        _ids ??= await SelectionIds.GatherAsync(store, selection, EventsPageSize, cancellationToken);

    private static async IAsyncEnumerable<List<T>> ChunksAsync<T>(IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<T>(ChunkSize);
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            chunk.Add(item);
            if (chunk.Count == ChunkSize)
            {
                yield return chunk;
                chunk = new List<T>(ChunkSize);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
