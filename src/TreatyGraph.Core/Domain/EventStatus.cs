namespace TreatyGraph.Core.Domain;

/// <summary>Whether an event took place or was only announced, hoped for or scheduled.</summary>
public enum EventStatus
{
    Occurred,
    Planned,
}
