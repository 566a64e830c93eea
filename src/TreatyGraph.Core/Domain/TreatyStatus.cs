namespace TreatyGraph.Core.Domain;

/// <summary>Where a treaty stands.</summary>
public enum TreatyStatus
{
    /// <summary>Proposed or negotiated, never signed (the Japan–Russia peace treaty).</summary>
    Unsigned,
    Signed,
    InForce,
    Terminated,
    Superseded,
}
