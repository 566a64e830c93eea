using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Api.Tests.Infrastructure;

/// <summary>A store that forwards every call to the real one; tests override what they need to watch or break.</summary>
public class DelegatingGraphStore(IGraphStore inner) : IGraphStore
{
    protected IGraphStore Inner { get; } = inner;

    public virtual Task<ApplyResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) => Inner.ApplyAsync(batch, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Inner.GetEntitiesAsync(ids, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Inner.GetEventsAsync(ids, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Inner.GetRelationsByIdAsync(ids, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Inner.GetArticlesAsync(ids, cancellationToken);

    public virtual Task<Page<Article>> ListArticlesAsync(PageRequest page, CancellationToken cancellationToken = default) => Inner.ListArticlesAsync(page, cancellationToken);

    public virtual Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Inner.SearchAsync(query, cancellationToken);

    public virtual Task<Page<Event>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) => Inner.TimelineAsync(query, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, Page<Event>>> GetEventsOfAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) => Inner.GetEventsOfAsync(entityIds, page, cancellationToken);

    public virtual Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) => Inner.GetRelationsAsync(entityIds, query, cancellationToken);

    public virtual Task<IReadOnlyList<Link>> ExpandAsync(IReadOnlyCollection<string> entityIds, FuzzyDate? asOf, CancellationToken cancellationToken = default) => Inner.ExpandAsync(entityIds, asOf, cancellationToken);

    public virtual Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => Inner.FindPathsAsync(query, cancellationToken);

    public virtual Task<Neighbourhood> GetNeighbourhoodAsync(string entityId, int depth, FuzzyDate? asOf, int limit, CancellationToken cancellationToken = default) => Inner.GetNeighbourhoodAsync(entityId, depth, asOf, limit, cancellationToken);

    public virtual IAsyncEnumerable<Entity> ScanEntitiesAsync(string? afterId = null, CancellationToken cancellationToken = default) => Inner.ScanEntitiesAsync(afterId, cancellationToken);

    public virtual IAsyncEnumerable<Event> ScanEventsAsync(string? afterId = null, CancellationToken cancellationToken = default) => Inner.ScanEventsAsync(afterId, cancellationToken);

    public virtual IAsyncEnumerable<Relation> ScanRelationsAsync(string? afterId = null, CancellationToken cancellationToken = default) => Inner.ScanRelationsAsync(afterId, cancellationToken);

    public virtual IAsyncEnumerable<Article> ScanArticlesAsync(string? afterId = null, CancellationToken cancellationToken = default) => Inner.ScanArticlesAsync(afterId, cancellationToken);

    public virtual Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Inner.GetStatsAsync(cancellationToken);

    public virtual Task InitializeAsync(CancellationToken cancellationToken = default) => Inner.InitializeAsync(cancellationToken);
}
