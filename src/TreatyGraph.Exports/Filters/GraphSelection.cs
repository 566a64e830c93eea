using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Exports.Filters;

/// <summary>
/// What a graph export covers, checked: the whole graph when <see cref="Participants"/> is empty, otherwise those
/// entities with their relations, their events and every entity those touch; only facts that held at some time
/// inside <see cref="AsOf"/> when it is given (relations valid then, events dated no later than its end).
/// </summary>
public sealed record GraphSelection
{
    public IReadOnlyList<Entity> Participants { get; init; } = [];

    public FuzzyDate? AsOf { get; init; }

    public bool IsWholeGraph => Participants.Count == 0;
}
