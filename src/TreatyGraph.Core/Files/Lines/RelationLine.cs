namespace TreatyGraph.Core.Files.Lines;

/// <summary>One line of <c>relations.jsonl</c> as written.</summary>
internal sealed class RelationLine
{
    public string? Type { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Role { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidFromPhrase { get; set; }

    public string? ValidTo { get; set; }

    public string? ValidToPhrase { get; set; }

    public List<EvidenceLine>? Evidence { get; set; }
}
