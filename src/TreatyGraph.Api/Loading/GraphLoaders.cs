using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Loading;

/// <summary>
/// The per-request loaders over the store port. Every one-to-many field of the schema goes through one of
/// these, so a query over many entities makes one store call per field and level, not one per entity.
/// </summary>
internal sealed class GraphLoaders : IDisposable
{
    private readonly IGraphStore _store;
    private readonly Dictionary<RelationsKey, BatchLoader<string, IReadOnlyList<Relation>>> _relationsOf = [];
    private readonly Dictionary<PageRequest, BatchLoader<string, Page<Event>>> _eventsOf = [];
    private readonly Lock _sync = new();

    public GraphLoaders(IGraphStore store)
    {
        _store = store;
        Entities = new((ids, ct) => store.GetEntitiesAsync(ids, ct));
        Events = new((ids, ct) => store.GetEventsAsync(ids, ct));
        Relations = new((ids, ct) => store.GetRelationsByIdAsync(ids, ct));
        Articles = new((ids, ct) => store.GetArticlesAsync(ids, ct));
    }

    public BatchLoader<string, Entity> Entities { get; }

    public BatchLoader<string, Event> Events { get; }

    public BatchLoader<string, Relation> Relations { get; }

    public BatchLoader<string, Article> Articles { get; }

    /// <summary>Relations of entities; one loader per distinct query, so equal arguments share a batch.</summary>
    public BatchLoader<string, IReadOnlyList<Relation>> RelationsOf(RelationQuery query)
    {
        var key = new RelationsKey(
            string.Join(',', query.Types.Select(WireNames.Of).Order(StringComparer.Ordinal)),
            query.AsOf?.Edtf,
            query.Direction);
        lock (_sync)
        {
            if (!_relationsOf.TryGetValue(key, out var loader))
            {
                loader = new BatchLoader<string, IReadOnlyList<Relation>>((ids, ct) => _store.GetRelationsAsync(ids, query, ct));
                _relationsOf[key] = loader;
            }

            return loader;
        }
    }

    /// <summary>Events of entities, one page each; entities asking for the same page share a batch.</summary>
    public BatchLoader<string, Page<Event>> EventsOf(PageRequest page)
    {
        lock (_sync)
        {
            if (!_eventsOf.TryGetValue(page, out var loader))
            {
                loader = new BatchLoader<string, Page<Event>>((ids, ct) => _store.GetEventsOfAsync(ids, page, ct));
                _eventsOf[page] = loader;
            }

            return loader;
        }
    }

    public void Dispose()
    {
        Entities.Dispose();
        Events.Dispose();
        Relations.Dispose();
        Articles.Dispose();
        lock (_sync)
        {
            foreach (var loader in _relationsOf.Values)
            {
                loader.Dispose();
            }

            foreach (var loader in _eventsOf.Values)
            {
                loader.Dispose();
            }
        }
    }

    private sealed record RelationsKey(string Types, string? AsOf, RelationDirection Direction);
}
