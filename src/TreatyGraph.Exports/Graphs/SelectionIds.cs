using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;

namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// The ids a participants selection covers, each list in id order: the participants and every entity their
/// relations and events touch, those events, those relations.
/// </summary>
internal sealed record SelectionIds(IReadOnlyList<string> Entities, IReadOnlyList<string> Events, IReadOnlyList<string> Relations)
{
    public static async Task<SelectionIds> GatherAsync(IGraphStore store, GraphSelection selection, int pageSize, CancellationToken cancellationToken)
    {
        var entities = new SortedSet<string>(StringComparer.Ordinal);
        var events = new SortedSet<string>(StringComparer.Ordinal);
        var relations = new SortedSet<string>(StringComparer.Ordinal);
        var participantIds = selection.Participants.Select(p => p.Id).ToList();
        entities.UnionWith(participantIds);

        var related = await store.GetRelationsAsync(participantIds, new RelationQuery { AsOf = selection.AsOf }, cancellationToken);
        foreach (var relation in related.Values.SelectMany(r => r))
        {
            relations.Add(relation.Id);
            entities.Add(relation.FromId);
            entities.Add(relation.ToId);
        }

        foreach (var participant in participantIds)
        {
            string? after = null;
            do
            {
                var pages = await store.GetEventsOfAsync([participant], new PageRequest(pageSize, after), cancellationToken);
                var page = pages.TryGetValue(participant, out var found) ? found : Page<Core.Domain.Event>.Empty;
                foreach (var e in page.Edges.Select(edge => edge.Node).Where(e => GraphSource.IsSelected(e, selection.AsOf)))
                {
                    events.Add(e.Id);
                    entities.UnionWith(e.InvolvedEntityIds());
                }

                after = page.HasNextPage ? page.EndCursor : null;
            }
            while (after is not null);
        }

        return new SelectionIds([.. entities], [.. events], [.. relations]);
    }
}
