using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Text;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Reads;

/// <summary>
/// Search: Neo4j finds the entities whose folded names (stored on the node) contain the folded query; Core's
/// <see cref="NameSearch"/> ranks their names, so this store ranks exactly like every other.
/// </summary>
internal sealed class SearchReads(Neo4jClient client)
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = NameSearch.FoldQuery(query.Text);
        if (folded.Length == 0 || query.First <= 0)
        {
            return [];
        }

        var result = await client.RunAsync(
            new CypherStatement(
                """
                MATCH (e:Entity)
                WHERE (size($kinds) = 0 OR e.kind IN $kinds) AND any(f IN e.folded WHERE f CONTAINS $q)
                RETURN e.doc
                """,
                Parameters.Of(("q", folded), ("kinds", query.Kinds.Select(WireNames.Of).ToArray()))),
            ct).ConfigureAwait(false);

        var entities = result.Column0
            .Select(v => DocumentJson.Read<EntityDocument>(v).ToDomain())
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        var candidates = entities.Values.SelectMany(e => new[] { e.Name }
            .Concat(e.Aliases.Select(a => a.Name))
            .Select((name, order) => new NameCandidate(e.Id, e.Name, order, name, NameFolding.Fold(name))));
        return NameSearch.Rank(folded, candidates, query.First)
            .Select(r => new SearchHit(entities[r.EntityId], r.MatchedName, r.Score))
            .ToArray();
    }
}
