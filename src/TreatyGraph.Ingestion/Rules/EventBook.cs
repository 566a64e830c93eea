namespace TreatyGraph.Ingestion.Rules;

/// <summary>events.json: triggers and the cue words for status, negation and anaphora.</summary>
internal sealed record EventBook
{
    public IReadOnlyList<TriggerRule> Triggers { get; init; } = [];

    public IReadOnlyList<string> Planned { get; init; } = [];

    public IReadOnlyList<string> Negations { get; init; } = [];

    public IReadOnlyList<string> Hypothetical { get; init; } = [];

    public IReadOnlyList<string> Anaphoric { get; init; } = [];

    public IReadOnlyList<string> Absorbing { get; init; } = [];
}
