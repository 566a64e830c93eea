using System.Runtime.CompilerServices;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Reads;

/// <summary>Items by id, scans in id order, the article list and the counts.</summary>
internal sealed class ItemReads(Neo4jClient client)
{
    private const int ScanChunk = 500;

    public Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ByIdAsync("Entity", ids, (EntityDocument d) => d.ToDomain(), ct);

    public Task<IReadOnlyDictionary<string, Event>> EventsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ByIdAsync("Event", ids, (EventDocument d) => d.ToDomain(), ct);

    public Task<IReadOnlyDictionary<string, Relation>> RelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ByIdAsync("Relation", ids, (RelationDocument d) => d.ToDomain(), ct);

    public Task<IReadOnlyDictionary<string, Article>> ArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ByIdAsync("Article", ids, (ArticleDocument d) => d.ToDomain(), ct);

    public async Task<Page<Article>> ListArticlesAsync(PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfNegative(page.First);
        var after = page.After is null ? null : IdCursor.Decode(page.After);
        var results = await client.RunAsync(
            [
                new CypherStatement("MATCH (a:Article) RETURN count(a)"),
                new CypherStatement(
                    """
                    OPTIONAL MATCH (c:Article {id: $after})
                    WITH c
                    MATCH (a:Article)
                    WHERE $after IS NULL
                       OR a.publishedKey < c.publishedKey
                       OR (a.publishedKey = c.publishedKey AND a.id > c.id)
                    RETURN a.doc
                    ORDER BY a.publishedKey DESC, a.id
                    LIMIT $take
                    """,
                    Parameters.Of(("after", after), ("take", page.First + 1))),
            ],
            ct).ConfigureAwait(false);

        if (after is not null && results[1].Rows.Count == 0)
        {
            await EnsureArticleExistsAsync(after, page.After!, ct).ConfigureAwait(false);
        }

        var articles = results[1].Rows.Select(r => DocumentJson.Read<ArticleDocument>(r[0]).ToDomain()).ToArray();
        var edges = articles.Take(page.First).Select(a => new Edge<Article>(a, IdCursor.Encode(a.Id))).ToArray();
        return new Page<Article>(edges, articles.Length > page.First, (int)results[0].SingleLong());
    }

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(string? afterId, CancellationToken ct) =>
        ScanAsync("Entity", afterId, (EntityDocument d) => d.ToDomain(), ct);

    public IAsyncEnumerable<Event> ScanEventsAsync(string? afterId, CancellationToken ct) =>
        ScanAsync("Event", afterId, (EventDocument d) => d.ToDomain(), ct);

    public IAsyncEnumerable<Relation> ScanRelationsAsync(string? afterId, CancellationToken ct) =>
        ScanAsync("Relation", afterId, (RelationDocument d) => d.ToDomain(), ct);

    public IAsyncEnumerable<Article> ScanArticlesAsync(string? afterId, CancellationToken ct) =>
        ScanAsync("Article", afterId, (ArticleDocument d) => d.ToDomain(), ct);

    public async Task<GraphStats> StatsAsync(CancellationToken ct)
    {
        var results = await client.RunAsync(
            [
                new CypherStatement("MATCH (n:Entity) RETURN count(n)"),
                new CypherStatement("MATCH (n:Event) RETURN count(n)"),
                new CypherStatement("MATCH (n:Relation) RETURN count(n)"),
                new CypherStatement("MATCH (n:Article) RETURN count(n)"),
                new CypherStatement("MATCH (n) WHERE n:Event OR n:Relation RETURN coalesce(sum(n.evidenceCount), 0)"),
            ],
            ct).ConfigureAwait(false);
        return new GraphStats(results[0].SingleLong(), results[1].SingleLong(), results[2].SingleLong(), results[3].SingleLong(), results[4].SingleLong());
    }

    private async Task EnsureArticleExistsAsync(string id, string cursor, CancellationToken ct)
    {
        var found = await client.RunAsync(
            new CypherStatement("MATCH (a:Article {id: $id}) RETURN count(a)", Parameters.Of(("id", id))), ct).ConfigureAwait(false);
        if (found.SingleLong() == 0)
        {
            throw new InvalidCursorException(cursor);
        }
    }

    private async Task<IReadOnlyDictionary<string, T>> ByIdAsync<TDocument, T>(
        string label, IReadOnlyCollection<string> ids, Func<TDocument, T> map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, T>(StringComparer.Ordinal);
        }

        var result = await client.RunAsync(
            new CypherStatement(
                $"MATCH (n:{label}) WHERE n.id IN $ids RETURN n.id, n.doc",
                Parameters.Of(("ids", ids.Distinct(StringComparer.Ordinal).ToArray()))),
            ct).ConfigureAwait(false);
        return result.Rows.ToDictionary(r => r[0].GetString()!, r => map(DocumentJson.Read<TDocument>(r[1])), StringComparer.Ordinal);
    }

    private async IAsyncEnumerable<T> ScanAsync<TDocument, T>(
        string label, string? afterId, Func<TDocument, T> map, [EnumeratorCancellation] CancellationToken ct)
    {
        var after = afterId ?? "";
        while (true)
        {
            var chunk = await client.RunAsync(
                new CypherStatement(
                    $"MATCH (n:{label}) WHERE n.id > $after RETURN n.id, n.doc ORDER BY n.id LIMIT $take",
                    Parameters.Of(("after", after), ("take", ScanChunk))),
                ct).ConfigureAwait(false);
            foreach (var row in chunk.Rows)
            {
                yield return map(DocumentJson.Read<TDocument>(row[1]));
            }

            if (chunk.Rows.Count < ScanChunk)
            {
                yield break;
            }

            after = chunk.Rows[^1][0].GetString()!;
        }
    }
}
