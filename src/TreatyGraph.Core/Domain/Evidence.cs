namespace TreatyGraph.Core.Domain;

/// <summary>
/// Why the graph believes a fact: a sentence of an article (<see cref="ArticleId"/>, <see cref="SentenceIndex"/>,
/// character offsets into the article's text) or a <see cref="Reference"/> to another source.
/// <see cref="Quote"/> is the text a journalist can cite.
/// </summary>
public sealed record Evidence(string Quote)
{
    public string? ArticleId { get; init; }

    public int? SentenceIndex { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }

    public SourceReference? Reference { get; init; }

    /// <summary>Two evidences with the same key are the same citation; stores keep one.</summary>
    public string Key => ArticleId is not null
        ? $"a|{ArticleId}|{SentenceIndex}|{Quote}"
        : $"r|{Reference?.Kind}|{Reference?.Identifier ?? Reference?.Url ?? Reference?.Title}|{Quote}";
}
