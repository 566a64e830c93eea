namespace TreatyGraph.Core.Graph;

/// <summary>
/// One requested participant and everything that stands for it. An event matches the group when one of
/// the stands is involved in it (as participant, place or concerned entity) and the event's date
/// overlaps that stand's window.
/// </summary>
public sealed record ParticipantGroup(string ParticipantId, IReadOnlyList<Stand> Stands)
{
    public static ParticipantGroup Exactly(string entityId) => new(entityId, [Stand.Itself(entityId)]);
}
