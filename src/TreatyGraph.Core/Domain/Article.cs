namespace TreatyGraph.Core.Domain;

/// <summary>
/// An ingested document. <see cref="Id"/> comes from a hash of its text (<see cref="ArticleIds.FromText"/>),
/// so ingesting the same text again is a no-op. <see cref="Sentences"/> are character spans into
/// <see cref="Text"/>; evidence refers to them by index.
/// </summary>
public sealed record Article(string Id, string Title, string Text)
{
    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public DateOnly? Published { get; init; }

    public string Language { get; init; } = "en";

    public DateTimeOffset IngestedAt { get; init; }

    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];
}
