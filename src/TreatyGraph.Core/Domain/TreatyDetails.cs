using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Domain;

/// <summary>Lifecycle facts of a treaty that are not edges: when it was signed and in force.</summary>
public sealed record TreatyDetails(TreatyStatus Status)
{
    public FuzzyDate? Signed { get; init; }

    /// <summary>When the treaty was in force; an interval with an open end while it still is.</summary>
    public FuzzyDate? InForce { get; init; }
}
