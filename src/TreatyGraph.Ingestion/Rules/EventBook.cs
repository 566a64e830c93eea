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

    /// <summary>Present-tense speech verbs that, said of a state, state a standing position rather than report an event ("Japan says").</summary>
    public IReadOnlyList<string> GenericSpeech { get; init; } = [];

    /// <summary>Clause openers after which a present-tense verb speaks of the future ("before Japan hosts the summit").</summary>
    public IReadOnlyList<string> FutureClauses { get; init; } = [];

    public IReadOnlyList<string> FuturePresent { get; init; } = [];

    /// <summary>Words that open the reported content after a speech verb ("said that ...", "said he plans ..."); what follows is not the telling.</summary>
    public IReadOnlyList<string> ReportedOpeners { get; init; } = [];

    /// <summary>Openers of a temporal or conditional clause ("after the treaty is signed"); its event is not the main clause subject's.</summary>
    public IReadOnlyList<string> Subordinators { get; init; } = [];
}
