using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Events;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Relations;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>Everything read from one article: the stored article, its entities, events and relations, and notes for the user.</summary>
internal sealed record Extraction(CleanArticle Source, Article Article, SegmentedText Text)
{
    public IReadOnlyList<DocEntity> Entities { get; init; } = [];

    public IReadOnlyList<EventDraft> Events { get; init; } = [];

    public IReadOnlyList<RelationDraft> Relations { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Pronouns and descriptions that pointed back to nothing the article had named.</summary>
    public IReadOnlyList<Mention> Unresolved { get; init; } = [];
}
