using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Rules;

/// <summary>Words that report an event of <see cref="Kind"/>, and the frame that reads its participants.</summary>
internal sealed record TriggerRule(EventKind Kind, TriggerFrame Frame, bool Verb)
{
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>One of these must follow within five words ("ended ... war").</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];
}
