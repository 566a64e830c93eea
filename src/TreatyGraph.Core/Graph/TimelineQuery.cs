using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// Events ordered by earliest day, then latest day, then id (undated events last). <see cref="From"/> and
/// <see cref="To"/> keep events whose dates overlap [From.earliest, To.latest]; an undated event never
/// falls in a window.
/// </summary>
public sealed record TimelineQuery
{
    public IReadOnlyList<ParticipantGroup> Participants { get; init; } = [];

    public ParticipantMatch Match { get; init; } = ParticipantMatch.Any;

    public IReadOnlyList<EventKind> Kinds { get; init; } = [];

    public EventStatus? Status { get; init; }

    public FuzzyDate? From { get; init; }

    public FuzzyDate? To { get; init; }

    public PageRequest Page { get; init; } = new();
}
