using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Reads;

/// <summary>
/// Relations of entities and the hops out of them for path search. A relation is a node between its two
/// entities (<c>(from)-[:SOURCE_OF]->(r:Relation)-[:TARGET]->(to)</c>), so it can be found from either end.
/// </summary>
internal sealed class RelationReads(Neo4jClient client)
{
    private const string ValidDuring = "($hasAsOf = false OR (r.validStart <= $asOfLatest AND r.validEnd >= $asOfEarliest))";

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> RelationsOfAsync(
        IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(query);
        var ids = entityIds.Distinct(StringComparer.Ordinal).ToArray();
        var edge = query.Direction switch
        {
            RelationDirection.Outgoing => "SOURCE_OF",
            RelationDirection.Incoming => "TARGET",
            _ => "SOURCE_OF|TARGET",
        };
        var parameters = AsOf(query.AsOf);
        parameters["ids"] = ids;
        parameters["types"] = query.Types.Select(WireNames.Of).ToArray();
        var result = await client.RunAsync(
            new CypherStatement(
                $"""
                UNWIND $ids AS entityId
                MATCH (:Entity {"{"}id: entityId{"}"})-[:{edge}]-(r:Relation)
                WHERE (size($types) = 0 OR r.type IN $types) AND {ValidDuring}
                RETURN DISTINCT entityId, r.id, r.doc
                """,
                parameters),
            ct).ConfigureAwait(false);

        var byEntity = result.Rows
            .GroupBy(r => r[0].GetString()!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<Relation>)g.Select(r => DocumentJson.Read<RelationDocument>(r[2]).ToDomain())
                    .OrderBy(r => WireNames.Of(r.Type), StringComparer.Ordinal)
                    .ThenBy(r => r.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey)
                    .ThenBy(r => r.Id, StringComparer.Ordinal)
                    .ToArray(),
                StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => byEntity.GetValueOrDefault(id) ?? [], StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Link>> ExpandAsync(IReadOnlyCollection<string> entityIds, FuzzyDate? asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        var parameters = AsOf(asOf);
        parameters["ids"] = entityIds.Distinct(StringComparer.Ordinal).ToArray();
        parameters["undated"] = TimelineCursor.Undated;
        var results = await client.RunAsync(
            [
                new CypherStatement(
                    $"""
                    UNWIND $ids AS entityId
                    MATCH (:Entity {"{"}id: entityId{"}"})-[:SOURCE_OF|TARGET]-(r:Relation)
                    WHERE {ValidDuring}
                    RETURN DISTINCT entityId, r.id, r.fromId, r.toId
                    """,
                    parameters),
                new CypherStatement(
                    """
                    UNWIND $ids AS entityId
                    MATCH (:Entity {id: entityId})-[:INVOLVED_IN]->(ev:Event)
                    WHERE $hasAsOf = false OR (ev.sortEarliest <> $undated AND ev.sortEarliest <= $asOfLatest)
                    RETURN entityId, ev.id, ev.involved
                    """,
                    parameters),
            ],
            ct).ConfigureAwait(false);

        var links = new List<Link>();
        foreach (var row in results[0].Rows)
        {
            var from = row[0].GetString()!;
            var other = row[2].GetString() == from ? row[3].GetString()! : row[2].GetString()!;
            if (other != from)
            {
                links.Add(new Link(from, other, row[1].GetString(), null));
            }
        }

        foreach (var row in results[1].Rows)
        {
            var from = row[0].GetString()!;
            foreach (var other in row[2].EnumerateArray().Select(v => v.GetString()!).Where(o => o != from))
            {
                links.Add(new Link(from, other, null, row[1].GetString()));
            }
        }

        // Per (entity, neighbour) pair the path finder needs only the smallest relation id and the smallest event id.
        return links
            .GroupBy(l => (l.FromId, l.ToId, IsRelation: l.RelationId is not null))
            .Select(g => g.MinBy(l => l.FactId, StringComparer.Ordinal)!)
            .OrderBy(l => l.FromId, StringComparer.Ordinal)
            .ThenBy(l => l.ToId, StringComparer.Ordinal)
            .ThenBy(l => l.FactId, StringComparer.Ordinal)
            .ToArray();
    }

    private static Dictionary<string, object?> AsOf(FuzzyDate? asOf) => Parameters.Of(
        ("hasAsOf", asOf is not null),
        ("asOfEarliest", asOf?.EarliestKey ?? FuzzyDate.OpenStartKey),
        ("asOfLatest", asOf?.LatestKey ?? FuzzyDate.OpenEndKey));
}
