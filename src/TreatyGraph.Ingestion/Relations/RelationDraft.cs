using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Relations;

/// <summary>A relation as read from one sentence of the article.</summary>
internal sealed record RelationDraft(RelationType Type, DocEntity From, DocEntity To, int Sentence)
{
    public string? Role { get; init; }

    public FuzzyDate? ValidFrom { get; init; }

    public FuzzyDate? ValidTo { get; init; }
}
