using TreatyGraph.Core.Domain;
using TreatyGraph.Exports.Sources;

namespace TreatyGraph.Exports.Graphs;

/// <summary>Maps the domain onto export nodes and edges (by hand, one place for every export format).</summary>
internal static class GraphElements
{
    public static GraphNode Node(Entity entity) => new(entity.Id, GraphNode.EntityType, WireNames.Of(entity.Kind), entity.Name)
    {
        Aliases = [.. entity.Aliases.Select(a => a.Language is null ? a.Name : $"{a.Name} ({a.Language})")],
        WikidataId = entity.WikidataId,
        Description = entity.Description,
        TreatyStatus = entity.Treaty?.Status.ToString(),
        TreatySigned = entity.Treaty?.Signed,
        TreatyInForce = entity.Treaty?.InForce,
        Sources = [.. entity.References.Select(Reference)],
    };

    public static GraphNode Node(Event e, SourceCatalog sources)
    {
        var evidence = sources.Cite(e.Evidence);
        return new GraphNode(e.Id, GraphNode.EventType, WireNames.Of(e.Kind), e.Title)
        {
            Status = WireNames.Of(e.Status),
            Date = e.Date,
            Evidence = evidence,
            Sources = [.. evidence.Select(c => c.SourceLine)],
        };
    }

    public static GraphEdge Edge(Relation relation, SourceCatalog sources) =>
        new(relation.Id, relation.FromId, relation.ToId, WireNames.Of(relation.Type))
        {
            Role = relation.Role,
            ValidFrom = relation.ValidFrom,
            ValidTo = relation.ValidTo,
            Evidence = sources.Cite(relation.Evidence),
        };

    /// <summary>
    /// One edge per involvement: participants (with their role), the place, the concerned entities. An entity involved
    /// twice in different ways gets two edges. The event's evidence is on its node, not repeated on every edge.
    /// </summary>
    public static IEnumerable<GraphEdge> Involvements(Event e)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in e.Participants)
        {
            var role = WireNames.Of(p.Role);
            if (seen.Add($"{p.EntityId}.{role}"))
            {
                yield return new GraphEdge(InvolvementId(e.Id, role, p.EntityId), e.Id, p.EntityId, GraphEdge.Involves) { Role = role };
            }
        }

        if (e.PlaceId is { } place && seen.Add($"{place}.{GraphEdge.PlaceRole}"))
        {
            yield return new GraphEdge(InvolvementId(e.Id, GraphEdge.PlaceRole, place), e.Id, place, GraphEdge.Involves) { Role = GraphEdge.PlaceRole };
        }

        foreach (var concerned in e.Concerns)
        {
            if (seen.Add($"{concerned}.{GraphEdge.ConcernsRole}"))
            {
                yield return new GraphEdge(InvolvementId(e.Id, GraphEdge.ConcernsRole, concerned), e.Id, concerned, GraphEdge.Involves)
                {
                    Role = GraphEdge.ConcernsRole,
                };
            }
        }
    }

    // Dots never occur in entity or event ids, and the id stays an XML name token (GraphML's id type).
    private static string InvolvementId(string eventId, string role, string entityId) => $"{eventId}.{role}.{entityId}";

    private static string Reference(SourceReference reference)
    {
        var url = SourceCatalog.SafeUrl(reference.Url);
        return url is null ? reference.Title : $"{reference.Title} ({url.AbsoluteUri})";
    }
}
