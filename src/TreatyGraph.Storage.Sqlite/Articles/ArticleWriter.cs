using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Articles;

/// <summary>Inserts articles once: an article's id is a hash of its text, so a stored id is the same article.</summary>
internal sealed class ArticleWriter(SqliteConnection connection) : IDisposable
{
    private readonly PreparedCommand _insert = new(
        connection,
        """
        INSERT INTO article (id, title, body, publisher, url, published, language, ingested_at, sentences)
        VALUES ($id, $title, $body, $publisher, $url, $published, $language, $ingestedAt, $sentences)
        ON CONFLICT (id) DO NOTHING
        """,
        "$id", "$title", "$body", "$publisher", "$url", "$published", "$language", "$ingestedAt", "$sentences");

    /// <summary>True when the article was new.</summary>
    public bool Insert(Article article) =>
        _insert.Execute(
            article.Id, article.Title, article.Text, article.Publisher, article.Url, SqlValues.Day(article.Published),
            article.Language, SqlValues.Instant(article.IngestedAt), ArticleReader.Sentences(article.Sentences)) == 1;

    public void Dispose() => _insert.Dispose();
}
