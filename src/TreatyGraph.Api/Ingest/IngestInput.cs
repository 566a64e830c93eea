namespace TreatyGraph.Api.Ingest;

/// <summary>The <c>ArticleInput</c> of <c>ingestArticle</c> as sent; checked and turned into an ingestion input by <see cref="IngestMutations"/>.</summary>
internal sealed class IngestInput
{
    public string Text { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }
}
