using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.World;

/// <summary>A city of a state; the first one is its capital.</summary>
internal sealed record Place(Entity Entity, Polity Country)
{
    public string Id => Entity.Id;

    public string Name => Entity.Name;
}
