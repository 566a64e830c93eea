using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Graph;

/// <summary>
/// A test double holding relations and events in memory. It implements only what the shared graph
/// algorithms call (expanding links, relations of entities, entities by id) and records each expansion.
/// </summary>
internal sealed class FakeGraphStore : IGraphStore
{
    public List<Relation> Relations { get; } = [];

    public List<Event> Events { get; } = [];

    /// <summary>The entity ids of each ExpandAsync call, in call order.</summary>
    public List<IReadOnlyCollection<string>> Expansions { get; } = [];

    public FakeGraphStore Link(string from, string to, RelationType type = RelationType.PartOf, string? validFrom = null, string? validTo = null)
    {
        Relations.Add(new Relation(type, from, to)
        {
            ValidFrom = validFrom is null ? null : FuzzyDate.Parse(validFrom),
            ValidTo = validTo is null ? null : FuzzyDate.Parse(validTo),
        });
        return this;
    }

    public FakeGraphStore Meet(string id, string? date, params string[] entities)
    {
        Events.Add(new Event(id, EventKind.Meeting, EventStatus.Occurred, id, date is null ? null : FuzzyDate.Parse(date))
        {
            Participants = [.. entities.Select(e => new Participant(e))],
        });
        return this;
    }

    public Task<IReadOnlyList<Link>> ExpandAsync(IReadOnlyCollection<string> entityIds, FuzzyDate? asOf, CancellationToken cancellationToken = default)
    {
        Expansions.Add([.. entityIds]);
        var ids = entityIds.ToHashSet(StringComparer.Ordinal);
        var links = new List<Link>();
        foreach (var r in Relations.Where(r => r.IsValidDuring(asOf)))
        {
            if (ids.Contains(r.FromId))
            {
                links.Add(new Link(r.FromId, r.ToId, r.Id, null));
            }

            if (ids.Contains(r.ToId))
            {
                links.Add(new Link(r.ToId, r.FromId, r.Id, null));
            }
        }

        foreach (var e in Events.Where(e => asOf is null || (e.Date is { } d && d.EarliestKey <= asOf.LatestKey)))
        {
            var involved = e.InvolvedEntityIds().ToList();
            foreach (var from in involved.Where(ids.Contains))
            {
                links.AddRange(involved.Where(to => to != from).Select(to => new Link(from, to, null, e.Id)));
            }
        }

        return Task.FromResult<IReadOnlyList<Link>>(links);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relation>>>(entityIds.Distinct().ToDictionary(
            id => id,
            id => (IReadOnlyList<Relation>)[.. Relations.Where(r => (r.FromId == id || r.ToId == id)
                && (query.Types.Count == 0 || query.Types.Contains(r.Type)) && r.IsValidDuring(query.AsOf))]));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var known = Relations.SelectMany(r => new[] { r.FromId, r.ToId }).Concat(Events.SelectMany(e => e.InvolvedEntityIds())).ToHashSet();
        return Task.FromResult<IReadOnlyDictionary<string, Entity>>(ids.Where(known.Contains).Distinct()
            .ToDictionary(id => id, id => new Entity(id, EntityIds.KindOf(id) ?? EntityKind.Place, id)));
    }

    public Task<ApplyResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Page<Article>> ListArticlesAsync(PageRequest page, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Page<Event>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, Page<Event>>> GetEventsOfAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Neighbourhood> GetNeighbourhoodAsync(string entityId, int depth, FuzzyDate? asOf, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(string? afterId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<Event> ScanEventsAsync(string? afterId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<Relation> ScanRelationsAsync(string? afterId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<Article> ScanArticlesAsync(string? afterId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
