using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.World;

/// <summary>A territory, who administered it when (consecutive), who claimed it when, and what it belongs to.</summary>
internal sealed record TerritoryPlan(
    Entity Entity,
    IReadOnlyList<Holding> Administrations,
    IReadOnlyList<Holding> Claims,
    TerritoryPlan? PartOf)
{
    public string Id => Entity.Id;

    public string Name => Entity.Name;
}
