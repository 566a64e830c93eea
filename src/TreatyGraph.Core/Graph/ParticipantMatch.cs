namespace TreatyGraph.Core.Graph;

/// <summary>Whether an event must involve any or all of the requested participants.</summary>
public enum ParticipantMatch
{
    Any,
    All,
}
