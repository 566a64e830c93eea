using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// A treaty's life: parties, negotiations from <see cref="NegotiationsFrom"/>, signing, entry into force and
/// its end. Unsigned treaties stop at negotiation with a planned signing.
/// </summary>
internal sealed record TreatyPlan(
    Entity Entity,
    IReadOnlyList<Polity> Parties,
    DateOnly NegotiationsFrom,
    DateOnly? Signed,
    DateOnly? InForce,
    DateOnly? Ended,
    TerritoryPlan? Territory)
{
    public string Id => Entity.Id;

    public string Name => Entity.Name;
}
