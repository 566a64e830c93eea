using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Writes;

/// <summary>What the graph already holds of a batch's items and of the entities it refers to.</summary>
internal sealed record StoredItems(
    IReadOnlySet<string> ArticleIds,
    IReadOnlySet<string> EntityIds,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, Event> Events,
    IReadOnlyDictionary<string, Relation> Relations)
{
    public static async Task<StoredItems> ReadAsync(Neo4jClient client, GraphBatch batch, CancellationToken cancellationToken)
    {
        var entityIds = batch.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = GraphReferences.EntityIdsOf(batch).Where(id => !entityIds.Contains(id)).Distinct(StringComparer.Ordinal).ToArray();
        var results = await client.RunAsync(
            [
                Ids("MATCH (n:Article) WHERE n.id IN $ids RETURN n.id", batch.Articles.Select(a => a.Id)),
                Ids("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id, n.doc", entityIds),
                Ids("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id", referenced),
                Ids("MATCH (n:Event) WHERE n.id IN $ids RETURN n.id, n.doc", batch.Events.Select(e => e.Id)),
                Ids("MATCH (n:Relation) WHERE n.id IN $ids RETURN n.id, n.doc", batch.Relations.Select(r => r.Id)),
            ],
            cancellationToken).ConfigureAwait(false);

        var entities = results[1].Rows.ToDictionary(r => r[0].GetString()!, r => DocumentJson.Read<EntityDocument>(r[1]).ToDomain(), StringComparer.Ordinal);
        var existing = entities.Keys.Concat(results[2].Column0.Select(v => v.GetString()!)).ToHashSet(StringComparer.Ordinal);
        return new StoredItems(
            results[0].Column0.Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal),
            existing,
            entities,
            results[3].Rows.ToDictionary(r => r[0].GetString()!, r => DocumentJson.Read<EventDocument>(r[1]).ToDomain(), StringComparer.Ordinal),
            results[4].Rows.ToDictionary(r => r[0].GetString()!, r => DocumentJson.Read<RelationDocument>(r[1]).ToDomain(), StringComparer.Ordinal));
    }

    private static CypherStatement Ids(string cypher, IEnumerable<string> ids) =>
        new(cypher, new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() });
}
