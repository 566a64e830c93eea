using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// Relations touching an entity (outgoing and incoming), optionally of some <see cref="Types"/> and valid
/// at some time inside <see cref="AsOf"/>. Ordered by type, then start (open starts first), then id.
/// </summary>
public sealed record RelationQuery
{
    public static readonly RelationQuery All = new();

    public IReadOnlyList<RelationType> Types { get; init; } = [];

    public FuzzyDate? AsOf { get; init; }

    public RelationDirection Direction { get; init; } = RelationDirection.Both;
}
