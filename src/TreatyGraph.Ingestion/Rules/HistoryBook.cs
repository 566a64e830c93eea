namespace TreatyGraph.Ingestion.Rules;

/// <summary>history.json.</summary>
internal sealed record HistoryBook
{
    public IReadOnlyList<PeriodRule> Periods { get; init; } = [];

    /// <summary>Phrases ("the war") that mean the last named war of the document.</summary>
    public IReadOnlyList<string> Generic { get; init; } = [];
}
