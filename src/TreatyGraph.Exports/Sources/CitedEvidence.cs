namespace TreatyGraph.Exports.Sources;

/// <summary>
/// An evidence quote with where it comes from, ready to print: the article's or reference's title, its
/// publisher and date where known, and a web address when there is a safe (http or https) one.
/// </summary>
public sealed record CitedEvidence(string Quote, string Source, Uri? Url)
{
    /// <summary>"Source title (https://…)" or just the title: one line per evidence in flat exports.</summary>
    public string SourceLine => Url is null ? Source : $"{Source} ({Url.AbsoluteUri})";
}
