using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>
/// What <see cref="IngestionService.ExtractAsync"/> read from an article: the article as it would be stored,
/// the extraction in the JSON format of the extraction spec, and notes for the user (no publication date, ...).
/// </summary>
public sealed record ArticleExtraction(Article Article, string Json)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int EntityCount { get; init; }

    public int EventCount { get; init; }

    public int RelationCount { get; init; }
}
