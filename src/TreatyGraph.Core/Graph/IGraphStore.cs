using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// The operations TreatyGraph needs from a graph store, not a generic repository. Two stores implement it
/// (embedded SQLite, Neo4j) and one contract test suite holds them to the same answers, down to order and
/// cursors. Every list-returning lookup takes many keys at once so that callers batch.
/// </summary>
public interface IGraphStore
{
    /// <summary>
    /// Applies a batch in one transaction: all of it or none of it. Articles are inserted once (same id, no
    /// change). Entities, events and relations are upserted by id: scalar fields take the batch's values
    /// when given, aliases, references, participants, concerns and evidence are unioned (stored order
    /// first, new items appended). Applying the same batch twice changes nothing the second time.
    /// </summary>
    Task<ApplyResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Entities by id; ids not in the graph are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Events by id; ids not in the graph are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Relations by id; ids not in the graph are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Articles by id; ids not in the graph are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Articles, newest published first, then by id.</summary>
    Task<Page<Article>> ListArticlesAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or an alias matches, best first (ranked by <see cref="Text.NameMatch"/>: best score of any name, then name, then id).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>A page of events in timeline order (see <see cref="TimelineQuery"/>).</summary>
    Task<Page<Event>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default);

    /// <summary>For each entity, the events it is involved in (participant, place or concerned), in timeline order.</summary>
    Task<IReadOnlyDictionary<string, Page<Event>>> GetEventsOfAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>For each entity, its relations (see <see cref="RelationQuery"/>); every requested id has an entry.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The hops out of a set of entities for path search: every relation touching them and every event they
    /// are involved in (one link per other involved entity), filtered as of <see cref="PathQuery.AsOf"/>
    /// (undated events are left out when it is given). <see cref="Link.FromId"/> is the expanded entity.
    /// A store may return, per (entity, neighbour) pair, only the relation with the smallest id and the event
    /// with the smallest id: <see cref="PathFinder"/> uses no other (so hubs cost one row per neighbour).
    /// </summary>
    Task<IReadOnlyList<Link>> ExpandAsync(IReadOnlyCollection<string> entityIds, Time.FuzzyDate? asOf, CancellationToken cancellationToken = default);

    /// <summary>The k shortest simple paths between two entities (see <see cref="PathQuery"/>).</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>Entities within <paramref name="depth"/> hops of an entity, at most <paramref name="limit"/> of them.</summary>
    Task<Neighbourhood> GetNeighbourhoodAsync(string entityId, int depth, Time.FuzzyDate? asOf, int limit, CancellationToken cancellationToken = default);

    /// <summary>Everything in the graph in id order, from after <paramref name="afterId"/>, for copying, exports and gazetteers.</summary>
    IAsyncEnumerable<Entity> ScanEntitiesAsync(string? afterId = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ScanEntitiesAsync"/>
    IAsyncEnumerable<Event> ScanEventsAsync(string? afterId = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ScanEntitiesAsync"/>
    IAsyncEnumerable<Relation> ScanRelationsAsync(string? afterId = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ScanEntitiesAsync"/>
    IAsyncEnumerable<Article> ScanArticlesAsync(string? afterId = null, CancellationToken cancellationToken = default);

    /// <summary>Counts of what the graph holds.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or migrates the schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
