namespace TreatyGraph.Ingestion.Rules;

/// <summary>An organisation or territory: its name, other names, lower-case epithets and the groups it belongs to.</summary>
internal sealed record NamedRule(string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Epithets { get; init; } = [];

    public IReadOnlyList<string> Parts { get; init; } = [];
}
