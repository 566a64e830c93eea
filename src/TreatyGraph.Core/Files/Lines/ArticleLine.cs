namespace TreatyGraph.Core.Files.Lines;

/// <summary>One line of <c>articles.jsonl</c>: the text is in <see cref="File"/> (relative) or inline in <see cref="Text"/>.</summary>
internal sealed class ArticleLine
{
    public string? Key { get; set; }

    public string? File { get; set; }

    public string? Text { get; set; }

    public string? Title { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }

    public string? Publisher { get; set; }

    public string? Language { get; set; }

    public string? IngestedAt { get; set; }
}
