namespace TreatyGraph.Core.Graph;

/// <summary>Which end of a relation the entity must be.</summary>
public enum RelationDirection
{
    Both,
    Outgoing,
    Incoming,
}
