using System.Net;
using System.Text;
using TreatyGraph.Exports.Sources;

namespace TreatyGraph.Exports.Timelines;

/// <summary>
/// The HTML of a slide's <c>text.text</c>: each evidence quote, HTML-escaped, followed by a link to its source.
/// Everything from the graph is escaped; the only markup is ours.
/// </summary>
internal static class SlideText
{
    public static string Evidence(IReadOnlyList<CitedEvidence> evidence)
    {
        var html = new StringBuilder();
        foreach (var cited in evidence)
        {
            html.Append("<blockquote class=\"tg-quote\">").Append(Escape(cited.Quote)).Append("</blockquote>");
            html.Append("<p class=\"tg-source\">Source: ");
            if (cited.Url is { } url)
            {
                html.Append("<a href=\"").Append(Escape(url.AbsoluteUri)).Append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .Append(Escape(cited.Source)).Append("</a>");
            }
            else
            {
                html.Append(Escape(cited.Source));
            }

            html.Append("</p>");
        }

        return html.ToString();
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
