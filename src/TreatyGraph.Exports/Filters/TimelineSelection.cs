using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Exports.Filters;

/// <summary>
/// What a timeline export covers, checked: the requested participants (as stored, in the order asked), how they
/// must match, the date window, event kinds and status. Participants stand for themselves and for whoever stood
/// for them at the time (<see cref="ParticipantStands"/>).
/// </summary>
public sealed record TimelineSelection
{
    public IReadOnlyList<Entity> Participants { get; init; } = [];

    public ParticipantMatch Match { get; init; } = ParticipantMatch.Any;

    public FuzzyDate? From { get; init; }

    public FuzzyDate? To { get; init; }

    public IReadOnlyList<EventKind> Kinds { get; init; } = [];

    public EventStatus? Status { get; init; }
}
