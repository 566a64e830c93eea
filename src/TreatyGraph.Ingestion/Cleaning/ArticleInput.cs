namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>
/// An article as a user hands it over: plain text, an HTML page or JSON <c>{title, published, url, publisher, text}</c>,
/// with whatever metadata the caller knows. Given metadata wins over what the content says.
/// </summary>
public sealed record ArticleInput(string Content)
{
    public ArticleFormat Format { get; init; } = ArticleFormat.Auto;

    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    public string? Url { get; init; }

    public string? Publisher { get; init; }

    public string? Language { get; init; }
}
