namespace TreatyGraph.Core.Graph;

/// <summary>
/// One hop between two entities for path search: either a relation (in either direction) or an event
/// both are involved in. Exactly one of <see cref="RelationId"/> and <see cref="EventId"/> is set.
/// </summary>
public sealed record Link(string FromId, string ToId, string? RelationId, string? EventId)
{
    /// <summary>Identifies the fact behind the hop, whichever way it is walked.</summary>
    public string FactId => RelationId ?? EventId!;
}
