using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Text;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Reads;

/// <summary>
/// Search: Neo4j finds the candidates whose folded names (stored on the node) contain the folded query; .NET
/// ranks them with <see cref="NameMatch"/>, so this store ranks exactly like every other.
/// </summary>
internal sealed class SearchReads(Neo4jClient client)
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = NameFolding.Fold(query.Text);
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

        return result.Column0
            .Select(v => DocumentJson.Read<EntityDocument>(v).ToDomain())
            .Select(e => Rank(e, folded))
            .OfType<SearchHit>()
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entity.Name, StringComparer.Ordinal)
            .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
            .Take(query.First)
            .ToArray();
    }

    /// <summary>The entity's best-scoring name (its name first, then aliases in order), or null when none matches.</summary>
    public static SearchHit? Rank(Entity entity, string foldedQuery)
    {
        SearchHit? best = null;
        foreach (var name in new[] { entity.Name }.Concat(entity.Aliases.Select(a => a.Name)))
        {
            if (NameMatch.Score(foldedQuery, NameFolding.Fold(name)) is { } score && (best is null || score > best.Score))
            {
                best = new SearchHit(entity, name, score);
            }
        }

        return best;
    }
}
