namespace TreatyGraph.Core.Graph;

/// <summary>A chain of hops from one entity to another; <see cref="Length"/> is the number of hops.</summary>
public sealed record GraphPath(IReadOnlyList<Link> Steps)
{
    public int Length => Steps.Count;
}
