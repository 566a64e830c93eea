using System.Buffers;
using System.Globalization;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;
using TreatyGraph.Core.Text;

namespace TreatyGraph.Core.Files;

/// <summary>Maps <c>articles.jsonl</c> lines (plus the text, read by the caller) to <see cref="Article"/> and back.</summary>
internal static class ArticleLines
{
    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    /// <summary>Checks the line before its text is read, so a bad line never opens a file.</summary>
    public static string Key(ArticleLine line)
    {
        var key = LineFields.Required(line.Key, "key");
        if (key.AsSpan().ContainsAnyExcept(KeyCharacters))
        {
            throw new LineException($"article key '{key}' may hold only ASCII letters, digits, '.', '_' and '-'");
        }

        return (line.File, line.Text) switch
        {
            (null, null) => throw new LineException("needs 'file' (a path relative to the folder) or 'text'"),
            (not null, not null) => throw new LineException("give either 'file' or 'text', not both"),
            _ => key,
        };
    }

    public static Article ToArticle(ArticleLine line, string text) =>
        new(ArticleIds.FromText(text), LineFields.Required(line.Title, "title"), text)
        {
            Publisher = line.Publisher,
            Url = line.Url,
            Published = line.Published is null ? null : ParseDay(line.Published),
            Language = line.Language ?? "en",
            IngestedAt = line.IngestedAt is null ? default : ParseInstant(line.IngestedAt),
            Sentences = SentenceSegmenter.Split(text),
        };

    public static ArticleLine ToLine(Article article, string key, string file) => new()
    {
        Key = key,
        File = file,
        Title = article.Title,
        Published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Url = article.Url,
        Publisher = article.Publisher,
        Language = article.Language,
        IngestedAt = article.IngestedAt == default ? null : article.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    private static DateOnly ParseDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new LineException($"published: '{text}' is not a day (yyyy-MM-dd)");

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : throw new LineException($"ingestedAt: '{text}' is not a round-trip ISO 8601 instant");
}
