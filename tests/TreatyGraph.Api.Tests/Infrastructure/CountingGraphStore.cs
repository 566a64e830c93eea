using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Tests.Infrastructure;

/// <summary>Counts the batched lookups resolvers make, to prove fields are loaded per level, not per item.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    public void Reset() => _calls.Clear();

    public override Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(base.GetEntitiesAsync(ids, cancellationToken));

    public override Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(base.GetEventsAsync(ids, cancellationToken));

    public override Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(base.GetRelationsByIdAsync(ids, cancellationToken));

    public override Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(base.GetArticlesAsync(ids, cancellationToken));

    public override Task<IReadOnlyDictionary<string, Page<Event>>> GetEventsOfAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) =>
        Count(base.GetEventsOfAsync(entityIds, page, cancellationToken));

    public override Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        Count(base.GetRelationsAsync(entityIds, query, cancellationToken));

    private Task<T> Count<T>(Task<T> call, [CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return call;
    }
}
