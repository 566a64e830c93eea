namespace TreatyGraph.Core.Files.Lines;

/// <summary>One line of <c>entities.jsonl</c> as written; every field nullable so the reader can name what is missing.</summary>
internal sealed class EntityLine
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public List<AliasLine>? Aliases { get; set; }

    public string? WikidataId { get; set; }

    public string? Description { get; set; }

    public List<ReferenceLine>? References { get; set; }

    public TreatyLine? Treaty { get; set; }
}
