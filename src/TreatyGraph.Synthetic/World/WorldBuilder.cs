namespace TreatyGraph.Synthetic.World;

/// <summary>Builds the world of a graph of the given size from one seed, in a fixed order so that the seed fixes it.</summary>
internal static class WorldBuilder
{
    public static SyntheticWorld Build(int facts, int seed)
    {
        var ctx = new WorldContext(seed);
        var world = new SyntheticWorld { Size = WorldSize.For(facts) };
        PolityBuilder.Build(ctx, world);
        OfficeBuilder.Build(ctx, world);
        OrganizationBuilder.Build(ctx, world);
        TerritoryBuilder.Build(ctx, world);
        TreatyBuilder.Build(ctx, world);
        return world;
    }
}
