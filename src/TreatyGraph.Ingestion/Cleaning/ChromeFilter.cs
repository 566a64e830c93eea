using System.Text;
using System.Text.RegularExpressions;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>
/// Drops the lines of a page that are furniture, not article (breadcrumb trails, share buttons, comment
/// forms), per chrome.json, and tidies white space: lines trimmed, at most one blank line between paragraphs.
/// </summary>
internal sealed class ChromeFilter
{
    private readonly Regex[] _lines;
    private readonly Regex[] _stops;

    public ChromeFilter(ChromeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _lines = [.. rules.Lines.Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];
        _stops = [.. rules.StopLines.Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];
    }

    public static ChromeFilter Default { get; } = new(RuleBook.Default.Chrome);

    public string Filter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = Collapse(raw);
            if (line.Length == 0)
            {
                blank = sb.Length > 0;
                continue;
            }

            if (Array.Exists(_stops, r => r.IsMatch(line)))
            {
                break;
            }

            if (Array.Exists(_lines, r => r.IsMatch(line)))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank ? "\n\n" : "\n");
            }

            sb.Append(line);
            blank = false;
        }

        return sb.ToString();
    }

    private static string Collapse(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
