namespace TreatyGraph.Synthetic.World;

/// <summary>A state's claim to, or administration of, a territory from one day to another (null: still).</summary>
internal sealed record Holding(Polity Country, DateOnly From, DateOnly? To);
