namespace TreatyGraph.Core.Domain;

/// <summary>An entity acting in an event, with its role.</summary>
public sealed record Participant(string EntityId, ParticipantRole Role = ParticipantRole.Participant);
