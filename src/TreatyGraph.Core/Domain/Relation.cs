using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Domain;

/// <summary>
/// A typed edge from one entity to another, true during <see cref="ValidFrom"/>..<see cref="ValidTo"/>
/// (either end may be open). Its identity is type, ends, role and start (see <see cref="Id"/>), so the
/// same fact reported twice is one relation with two evidences.
/// </summary>
public sealed record Relation(RelationType Type, string FromId, string ToId)
{
    public string? Role { get; init; }

    public FuzzyDate? ValidFrom { get; init; }

    public FuzzyDate? ValidTo { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public string Id => RelationIds.For(Type, FromId, ToId, Role, ValidFrom);

    /// <summary>True when the relation held at some time inside <paramref name="asOf"/>.</summary>
    public bool IsValidDuring(FuzzyDate? asOf) =>
        asOf is null
        || ((ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey) <= asOf.LatestKey
            && (ValidTo?.LatestKey ?? FuzzyDate.OpenEndKey) >= asOf.EarliestKey);
}
