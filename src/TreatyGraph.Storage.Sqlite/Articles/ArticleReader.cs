using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Articles;

/// <summary>Reads articles by id, newest first, or in id order.</summary>
internal static class ArticleReader
{
    private const string Columns = "id, title, body, publisher, url, published, language, ingested_at, sentences";

    public static async Task<Dictionary<string, Article>> GetAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Article>(StringComparer.Ordinal);
        }

        await using var command = connection.Command(
            $"SELECT {Columns} FROM article WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", SqlValues.Json(ids)));
        return (await ReadAsync(command, cancellationToken)).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public static async Task<IReadOnlyList<Article>> ScanAsync(SqliteConnection connection, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {Columns} FROM article WHERE id > $after ORDER BY id LIMIT $limit", ("$after", afterId ?? string.Empty), ("$limit", limit));
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>Newest published first (unpublished last), then id; the cursor is the id of the last article seen.</summary>
    public static async Task<Page<Article>> ListAsync(SqliteConnection connection, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.First);
        var total = Convert.ToInt32(await connection.ScalarAsync("SELECT COUNT(*) FROM article", cancellationToken), CultureInfo.InvariantCulture);
        string sql;
        var parameters = new List<(string, object?)> { ("$limit", page.First + 1) };
        if (page.After is null)
        {
            sql = $"SELECT {Columns} FROM article ORDER BY published DESC, id LIMIT $limit";
        }
        else
        {
            var afterId = IdCursor.Decode(page.After);
            var published = await connection.ScalarAsync(
                "SELECT coalesce(published, '') FROM article WHERE id = $id", cancellationToken, ("$id", afterId))
                ?? throw new InvalidCursorException(page.After);
            parameters.Add(("$published", (string)published));
            parameters.Add(("$id", afterId));
            // Unpublished articles ('' here) come after every dated one, then by id.
            sql = $"""
                SELECT {Columns} FROM article
                WHERE coalesce(published, '') < $published OR (coalesce(published, '') = $published AND id > $id)
                ORDER BY published DESC, id LIMIT $limit
                """;
        }

        await using var command = connection.Command(sql, [.. parameters]);
        var articles = await ReadAsync(command, cancellationToken);
        var edges = articles.Take(page.First).Select(a => new Edge<Article>(a, IdCursor.Encode(a.Id))).ToList();
        return new Page<Article>(edges, articles.Count > page.First, total);
    }

    public static string Sentences(IReadOnlyList<TextSpan> spans)
    {
        var sb = new StringBuilder(spans.Count * 8);
        foreach (var span in spans)
        {
            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            sb.Append(CultureInfo.InvariantCulture, $"{span.Start}:{span.End}");
        }

        return sb.ToString();
    }

    private static List<TextSpan> Sentences(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            spans.Add(new TextSpan(
                int.Parse(part.AsSpan(0, colon), CultureInfo.InvariantCulture),
                int.Parse(part.AsSpan(colon + 1), CultureInfo.InvariantCulture)));
        }

        return spans;
    }

    private static async Task<List<Article>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(new Article(reader.GetString(0), reader.GetString(1), reader.GetString(2))
            {
                Publisher = reader.GetStringOrNull(3),
                Url = reader.GetStringOrNull(4),
                Published = SqlValues.Day(reader.GetStringOrNull(5)),
                Language = reader.GetString(6),
                IngestedAt = SqlValues.Instant(reader.GetString(7)),
                Sentences = Sentences(reader.GetString(8)),
            });
        }

        return articles;
    }
}
