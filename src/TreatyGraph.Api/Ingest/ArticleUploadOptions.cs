using System.ComponentModel.DataAnnotations;

namespace TreatyGraph.Api.Ingest;

/// <summary>How large an article may arrive over HTTP (section <c>Api</c>).</summary>
internal sealed class ArticleUploadOptions
{
    public const string Section = "Api";

    /// <summary>
    /// The largest POST body <c>/graphql</c> reads, in bytes: the article's text travels in it, with the query around
    /// it. Larger bodies are answered 413 before anything is parsed. 1 MiB by default.
    /// </summary>
    [Range(1024, 1L << 30)]
    public long MaxArticleBytes { get; set; } = 1024 * 1024;
}
