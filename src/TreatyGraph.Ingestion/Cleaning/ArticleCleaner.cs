using System.Text;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>
/// Turns what a user handed over into the article text that is stored and analysed: refuses empty, binary
/// and oversized input, reads JSON and HTML, drops page chrome, and settles title and publication date
/// (given, else the document's metadata, else a dateline that carries a year).
/// </summary>
internal static class ArticleCleaner
{
    public static CleanArticle Clean(ArticleInput input, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        var content = input.Content ?? string.Empty;
        if (Encoding.UTF8.GetByteCount(content) > maxBytes)
        {
            throw new ArticleRejectedException(ArticleRejection.TooLarge, $"The article is larger than the limit of {maxBytes / (1024 * 1024)} MB.");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            throw new ArticleRejectedException(ArticleRejection.Empty, "The article is empty.");
        }

        if (LooksBinary(content))
        {
            throw new ArticleRejectedException(ArticleRejection.Binary, "The article is not text (it looks like a binary file).");
        }

        var format = input.Format == ArticleFormat.Auto ? Detect(content) : input.Format;
        string? title = null;
        DateOnly? published = null;
        string? url = null;
        string? publisher = null;
        var text = content;
        if (format == ArticleFormat.Json)
        {
            (text, title, published, url, publisher) = JsonArticle.Read(content);
            format = Detect(text) == ArticleFormat.Html ? ArticleFormat.Html : ArticleFormat.Text;
        }

        var chrome = RuleBook.Default.Chrome;
        if (format == ArticleFormat.Html)
        {
            var page = HtmlText.Extract(text, chrome);
            text = page.Text;
            title ??= page.Title;
            published ??= page.Published;
        }

        text = ChromeFilter.Default.Filter(text);
        if (!text.Any(char.IsLetter))
        {
            throw new ArticleRejectedException(ArticleRejection.NoText, format == ArticleFormat.Html
                ? "The HTML page has no article text."
                : "The article has no text.");
        }

        var dateline = Dateline.Find(text);
        var (date, source) = input.Published is { } given ? (given, PublishedSource.Given)
            : published is { } meta ? (meta, PublishedSource.Metadata)
            : dateline?.Date is { } line ? (line, PublishedSource.Dateline)
            : ((DateOnly?)null, PublishedSource.None);

        return new CleanArticle(text)
        {
            Title = input.Title ?? title ?? FirstLine(text),
            Published = date,
            PublishedFrom = source,
            Url = input.Url ?? url,
            Publisher = input.Publisher ?? publisher,
            Language = input.Language ?? "en",
            Dateline = dateline,
        };
    }

    public static ArticleFormat Detect(string content)
    {
        var head = content.AsSpan().TrimStart();
        if (head.StartsWith("{"))
        {
            return ArticleFormat.Json;
        }

        var sample = content.Length > 4096 ? content[..4096] : content;
        return head.StartsWith("<") && (sample.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || sample.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || sample.Contains("<p", StringComparison.OrdinalIgnoreCase)
            || sample.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || sample.Contains("<!doctype", StringComparison.OrdinalIgnoreCase))
            ? ArticleFormat.Html
            : ArticleFormat.Text;
    }

    private static bool LooksBinary(string content)
    {
        var sample = content.Length > 8192 ? content[..8192] : content;
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }

    private static string? FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? text : text[..end]).Trim();
        return line.Length is > 0 and <= 300 ? line : null;
    }
}
