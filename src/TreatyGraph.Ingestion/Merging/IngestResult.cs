namespace TreatyGraph.Ingestion.Merging;

/// <summary>
/// What one ingestion did: the article, whether it was new, the ids it created and the existing events and relations
/// it added evidence to, and what it read but could not tie to anything ("he" with nobody before it).
/// </summary>
public sealed record IngestResult(string ArticleId, string Title)
{
    /// <summary>False when the same text was ingested before: nothing changed.</summary>
    public bool IsNew { get; init; }

    public IReadOnlyList<string> CreatedEntities { get; init; } = [];

    public IReadOnlyList<string> CreatedEvents { get; init; } = [];

    public IReadOnlyList<string> MergedEvents { get; init; } = [];

    public IReadOnlyList<string> CreatedRelations { get; init; } = [];

    /// <summary>Relations the graph already held that this article states too; they gained its evidence.</summary>
    public IReadOnlyList<string> MergedRelations { get; init; } = [];

    public IReadOnlyList<string> Unresolved { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
