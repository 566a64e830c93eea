namespace TreatyGraph.Core.Domain;

/// <summary>How an entity takes part in an event.</summary>
public enum ParticipantRole
{
    Participant,
    Speaker,
    Host,
    Visitor,
    Signatory,
    Organizer,
}
