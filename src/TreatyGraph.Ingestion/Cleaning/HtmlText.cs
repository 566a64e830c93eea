using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>
/// The readable text of an HTML page: scripts, styles, navigation, forms and elements whose class or id says
/// they are chrome (breadcrumbs, share bars, comments) are removed; the article element is preferred over the
/// whole body; block elements become paragraphs. Title and publication date come from the page's metadata.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "br", "hr", "figure", "figcaption", "dl", "dt", "dd", "address", "header",
    };

    public static (string Text, string? Title, DateOnly? Published) Extract(string html, ChromeRules chrome)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? NullIfEmpty(document.Title);
        var published = ParseDate(Meta(document, "article:published_time") ?? Meta(document, "date")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        foreach (var tag in chrome.RemoveElements)
        {
            foreach (var element in document.QuerySelectorAll(tag).ToList())
            {
                element.Remove();
            }
        }

        var tokens = new HashSet<string>(chrome.ClassTokens, StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.All.Where(e => IsChrome(e, tokens)).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? (IElement?)document.Body ?? document.DocumentElement;
        var sb = new StringBuilder();
        Write(root, sb);
        return (sb.ToString(), title is { Length: > 0 } ? title : null, published);
    }

    private static bool IsChrome(IElement element, HashSet<string> tokens)
    {
        if (element.LocalName is "html" or "body" or "article" or "main")
        {
            return false;
        }

        foreach (var name in element.ClassList.Append(element.Id ?? string.Empty))
        {
            foreach (var part in name.Split('-', '_', ' '))
            {
                if (part.Length > 0 && tokens.Contains(part))
                {
                    return true;
                }
            }

            if (tokens.Contains(name))
            {
                return true;
            }
        }

        return element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary";
    }

    private static void Write(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    sb.Append("\n\n");
                }

                Write(element, sb);
                if (block)
                {
                    sb.Append("\n\n");
                }
            }
        }
    }

    private static string? Meta(IDocument document, string name) =>
        NullIfEmpty(document.QuerySelector($"meta[property='{name}']")?.GetAttribute("content")
            ?? document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content"));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
