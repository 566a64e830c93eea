namespace TreatyGraph.Ingestion.Rules;

/// <summary>titles.json.</summary>
internal sealed record TitleBook
{
    public IReadOnlyList<TitleRule> Titles { get; init; } = [];

    public IReadOnlyList<string> Modifiers { get; init; } = [];

    public IReadOnlyList<NominalRule> Nominals { get; init; } = [];

    public IReadOnlyList<string> Groups { get; init; } = [];
}
