using TreatyGraph.Core.Graph;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>
/// The store calls that answer each benchmark query without GraphQL: the same data the GraphQL query
/// selects (names of participants and path ends, the relations and events behind path steps), batched as
/// the API's loaders batch them.
/// </summary>
internal static class RawQueries
{
    public static async Task TimelineAsync(IGraphStore store, string a, string b, CancellationToken ct)
    {
        var groups = await ParticipantStands.ExpandAsync(store, [a, b], ct);
        var page = await store.TimelineAsync(new TimelineQuery { Participants = groups, Match = ParticipantMatch.All, Page = new PageRequest(20) }, ct);
        var ids = page.Edges.SelectMany(e => e.Node.Participants.Select(p => p.EntityId)).Distinct(StringComparer.Ordinal).ToList();
        await store.GetEntitiesAsync(ids, ct);
    }

    public static async Task ConnectionsAsync(IGraphStore store, string a, string b, CancellationToken ct)
    {
        var paths = await store.FindPathsAsync(new PathQuery(a, b, 3), ct);
        var steps = paths.SelectMany(p => p.Steps).ToList();
        var entities = steps.SelectMany(s => new[] { s.FromId, s.ToId }).Distinct(StringComparer.Ordinal).ToList();
        var relations = steps.Where(s => s.RelationId is not null).Select(s => s.RelationId!).Distinct(StringComparer.Ordinal).ToList();
        var events = steps.Where(s => s.EventId is not null).Select(s => s.EventId!).Distinct(StringComparer.Ordinal).ToList();
        await store.GetEntitiesAsync(entities, ct);
        await store.GetRelationsByIdAsync(relations, ct);
        await store.GetEventsAsync(events, ct);
    }

    public static Task SearchAsync(IGraphStore store, string text, CancellationToken ct) =>
        store.SearchAsync(new SearchQuery(text, [], 10), ct);

    public static async Task EntityAsync(IGraphStore store, string id, CancellationToken ct)
    {
        await store.GetEntitiesAsync([id], ct);
        var relations = await store.GetRelationsAsync([id], RelationQuery.All, ct);
        var ends = relations[id].SelectMany(r => new[] { r.FromId, r.ToId }).Distinct(StringComparer.Ordinal).ToList();
        await store.GetEntitiesAsync(ends, ct);
    }
}
