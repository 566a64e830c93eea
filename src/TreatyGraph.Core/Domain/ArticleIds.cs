namespace TreatyGraph.Core.Domain;

/// <summary>Article ids come from the text, so the same text ingested twice is the same article.</summary>
public static class ArticleIds
{
    /// <summary>Line endings (CRLF, CR, LF), a byte order mark and surrounding white space do not change the id.</summary>
    public static string FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Trim()
            .Trim('\uFEFF')
            .Trim();
        return "article:" + StableHash.Hex(normalized);
    }
}
