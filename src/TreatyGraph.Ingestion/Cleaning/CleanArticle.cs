namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>
/// The article as stored: its cleaned <see cref="Text"/> (every offset the pipeline reports points into it) and
/// its metadata. <see cref="Dateline"/> is the wire-style opening ("TOKYO, Nov. 2 --") when there is one.
/// </summary>
internal sealed record CleanArticle(string Text)
{
    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    public PublishedSource PublishedFrom { get; init; }

    public string? Url { get; init; }

    public string? Publisher { get; init; }

    public string Language { get; init; } = "en";

    public Dateline? Dateline { get; init; }
}
