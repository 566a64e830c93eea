using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.World;

/// <summary>An international organisation founded on <see cref="Founded"/>, with its member states and the day each joined.</summary>
internal sealed record Organization(Entity Entity, DateOnly Founded, IReadOnlyList<(Polity Member, DateOnly Joined)> Members)
{
    public string Id => Entity.Id;

    public string Name => Entity.Name;
}
