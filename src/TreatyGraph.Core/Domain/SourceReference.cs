namespace TreatyGraph.Core.Domain;

/// <summary>
/// A citable source that is not an ingested article: a treaty's text, a UN Treaty Series entry,
/// a Wikidata item, an encyclopedia page. <see cref="Identifier"/> holds "UNTS 1832" or "Q17".
/// </summary>
public sealed record SourceReference(SourceKind Kind, string Title)
{
    public string? Url { get; init; }

    public string? Identifier { get; init; }
}
