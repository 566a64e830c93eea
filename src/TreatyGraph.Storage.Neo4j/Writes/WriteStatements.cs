using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Text;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Writes;

/// <summary>
/// The Cypher of a batch write: one <c>UNWIND $rows</c> statement per item kind (and chunk), all run in one
/// transaction. Besides its document, every node carries the plain properties queries filter and sort on:
/// folded names, day keys, involved entity ids. An event rewritten with other participants or another place loses
/// the links to the entities it no longer involves. Runs on Neo4j 3.1 through 5.x (no APOC, no temporal types).
/// </summary>
internal static class WriteStatements
{
    private const string ArticlesCypher = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        ON CREATE SET a.publishedKey = row.publishedKey, a.doc = row.doc
        """;

    private const string EntitiesCypher = """
        UNWIND $rows AS row
        MERGE (e:Entity {id: row.id})
        SET e.kind = row.kind, e.name = row.name, e.folded = row.folded, e.doc = row.doc
        """;

    private const string EventsCypher = """
        UNWIND $rows AS row
        MERGE (ev:Event {id: row.id})
        SET ev.kind = row.kind, ev.status = row.status, ev.sortEarliest = row.sortEarliest,
            ev.sortLatest = row.sortLatest, ev.involved = row.involved,
            ev.evidenceCount = row.evidenceCount, ev.doc = row.doc
        WITH ev, row
        OPTIONAL MATCH (old:Entity)-[stale:INVOLVED_IN]->(ev)
        WHERE NOT old.id IN row.involved
        WITH ev, row, collect(stale) AS stale
        FOREACH (link IN stale | DELETE link)
        WITH ev, row
        UNWIND row.involved AS entityId
        MATCH (x:Entity {id: entityId})
        MERGE (x)-[:INVOLVED_IN]->(ev)
        """;

    private const string RelationsCypher = """
        UNWIND $rows AS row
        MERGE (r:Relation {id: row.id})
        SET r.type = row.type, r.fromId = row.fromId, r.toId = row.toId, r.validStart = row.validStart,
            r.validEnd = row.validEnd, r.evidenceCount = row.evidenceCount, r.doc = row.doc
        WITH r, row
        MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
        MERGE (a)-[:SOURCE_OF]->(r)
        MERGE (r)-[:TARGET]->(b)
        """;

    public static IEnumerable<CypherStatement> For(
        IReadOnlyList<Article> articles,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Event> events,
        IReadOnlyList<Relation> relations,
        int chunkSize)
    {
        // Entities first: events and relations link to their nodes.
        return Chunks(ArticlesCypher, articles.Select(ArticleRow), chunkSize)
            .Concat(Chunks(EntitiesCypher, entities.Select(EntityRow), chunkSize))
            .Concat(Chunks(EventsCypher, events.Select(EventRow), chunkSize))
            .Concat(Chunks(RelationsCypher, relations.Select(RelationRow), chunkSize));
    }

    /// <summary>The sort keys of an event in timeline order: undated events after every dated one.</summary>
    public static (long Earliest, long Latest) SortKeys(FuzzyDate? date) =>
        date is null ? (TimelineCursor.Undated, TimelineCursor.Undated) : (date.EarliestKey, date.LatestKey);

    public static IReadOnlyList<string> FoldedNames(Entity entity) =>
        new[] { entity.Name }.Concat(entity.Aliases.Select(a => a.Name))
            .Select(NameFolding.Fold)
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<CypherStatement> Chunks(string cypher, IEnumerable<Dictionary<string, object?>> rows, int chunkSize) =>
        rows.Chunk(chunkSize).Select(chunk => new CypherStatement(cypher, new Dictionary<string, object?> { ["rows"] = chunk }));

    private static Dictionary<string, object?> ArticleRow(Article a) => new()
    {
        ["id"] = a.Id,
        ["publishedKey"] = a.Published is { } p ? (p.Year * 10000) + (p.Month * 100) + p.Day : -1,
        ["doc"] = DocumentJson.Write(a.ToDocument()),
    };

    private static Dictionary<string, object?> EntityRow(Entity e) => new()
    {
        ["id"] = e.Id,
        ["kind"] = WireNames.Of(e.Kind),
        ["name"] = e.Name,
        ["folded"] = FoldedNames(e),
        ["doc"] = DocumentJson.Write(e.ToDocument()),
    };

    private static Dictionary<string, object?> EventRow(Event e)
    {
        var (earliest, latest) = SortKeys(e.Date);
        return new()
        {
            ["id"] = e.Id,
            ["kind"] = WireNames.Of(e.Kind),
            ["status"] = WireNames.Of(e.Status),
            ["sortEarliest"] = earliest,
            ["sortLatest"] = latest,
            ["involved"] = e.InvolvedEntityIds().ToArray(),
            ["evidenceCount"] = e.Evidence.Count,
            ["doc"] = DocumentJson.Write(e.ToDocument()),
        };
    }

    private static Dictionary<string, object?> RelationRow(Relation r) => new()
    {
        ["id"] = r.Id,
        ["type"] = WireNames.Of(r.Type),
        ["fromId"] = r.FromId,
        ["toId"] = r.ToId,
        ["validStart"] = r.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey,
        ["validEnd"] = r.ValidTo?.LatestKey ?? FuzzyDate.OpenEndKey,
        ["evidenceCount"] = r.Evidence.Count,
        ["doc"] = DocumentJson.Write(r.ToDocument()),
    };
}
