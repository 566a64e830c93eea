namespace TreatyGraph.Core.Domain;

/// <summary>What kind of document a non-article source is.</summary>
public enum SourceKind
{
    TreatyText,
    TreatySeries,
    Wikidata,
    Encyclopedia,
    Government,
    Other,
}
