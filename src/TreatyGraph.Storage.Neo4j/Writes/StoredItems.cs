using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Writes;

/// <summary>What the graph already holds of a batch's items, and which of the batch's outside references it lacks.</summary>
internal sealed record StoredItems(
    IReadOnlySet<string> ArticleIds,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, Event> Events,
    IReadOnlyDictionary<string, Relation> Relations,
    IReadOnlyList<string> MissingEntityIds,
    IReadOnlyList<string> MissingArticleIds)
{
    public static async Task<StoredItems> ReadAsync(Neo4jClient client, GraphBatch batch, CancellationToken cancellationToken)
    {
        var externalEntities = GraphBatchReferences.ExternalEntityIds(batch);
        var externalArticles = GraphBatchReferences.ExternalArticleIds(batch);
        var results = await client.RunAsync(
            [
                Ids("MATCH (n:Article) WHERE n.id IN $ids RETURN n.id", batch.Articles.Select(a => a.Id)),
                Ids("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id, n.doc", batch.Entities.Select(e => e.Id)),
                Ids("MATCH (n:Event) WHERE n.id IN $ids RETURN n.id, n.doc", batch.Events.Select(e => e.Id)),
                Ids("MATCH (n:Relation) WHERE n.id IN $ids RETURN n.id, n.doc", batch.Relations.Select(r => r.Id)),
                Ids("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id", externalEntities),
                Ids("MATCH (n:Article) WHERE n.id IN $ids RETURN n.id", externalArticles),
            ],
            cancellationToken).ConfigureAwait(false);

        return new StoredItems(
            IdSet(results[0]),
            results[1].Rows.ToDictionary(r => r[0].GetString()!, r => DocumentJson.Read<EntityDocument>(r[1]).ToDomain(), StringComparer.Ordinal),
            results[2].Rows.ToDictionary(r => r[0].GetString()!, r => DocumentJson.Read<EventDocument>(r[1]).ToDomain(), StringComparer.Ordinal),
            results[3].Rows.ToDictionary(r => r[0].GetString()!, r => DocumentJson.Read<RelationDocument>(r[1]).ToDomain(), StringComparer.Ordinal),
            externalEntities.Except(IdSet(results[4]), StringComparer.Ordinal).ToArray(),
            externalArticles.Except(IdSet(results[5]), StringComparer.Ordinal).ToArray());
    }

    private static HashSet<string> IdSet(CypherResult result) =>
        result.Column0.Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal);

    private static CypherStatement Ids(string cypher, IEnumerable<string> ids) =>
        new(cypher, new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() });
}
