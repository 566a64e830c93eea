namespace TreatyGraph.Storage.Neo4j.Documents;

/// <summary>An article as kept in the <c>doc</c> property of its node; sentences as [start, end] pairs.</summary>
internal sealed record ArticleDocument(
    string Id,
    string Title,
    string Text,
    string? Publisher,
    string? Url,
    string? Published,
    string Language,
    DateTimeOffset IngestedAt,
    IReadOnlyList<int[]> Sentences);
