namespace TreatyGraph.Core.Domain;

/// <summary>The kinds of edge between two entities. Wire names are upper snake case (<c>PARTY_TO</c>).</summary>
public enum RelationType
{
    PartyTo,
    Signed,
    HoldsOffice,
    Claims,
    Administers,
    PartOf,
    Concerns,
    MemberOf,
    SuccessorOf,
    LocatedIn,
}
