using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Articles;
using TreatyGraph.Synthetic.Stories;
using TreatyGraph.Synthetic.World;

namespace TreatyGraph.Synthetic;

/// <summary>
/// A deterministic synthetic diplomatic graph of exactly <see cref="Facts"/> facts (events plus relations):
/// the same facts and seed give the same graph, byte for byte, on any machine, culture or day. The
/// entities are built up front and held (a small fraction of the graph); the facts and their articles are
/// streamed by <see cref="Chunks"/>, which may be enumerated more than once with the same result.
/// </summary>
public sealed class SyntheticGraph
{
    private readonly SyntheticWorld _world;
    private IReadOnlyList<Entity>? _entities;

    public SyntheticGraph(int facts, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(facts, 1);
        Facts = facts;
        Seed = seed;
        _world = WorldBuilder.Build(facts, seed);
    }

    public int Facts { get; }

    public int Seed { get; }

    /// <summary>Every entity: states, cities, people, organisations, territories, treaties.</summary>
    public IReadOnlyList<Entity> Entities => _entities ??= _world.Entities().ToList();

    /// <summary>Entities that benchmarks and demos can count on.</summary>
    public SyntheticLandmarks Landmarks => LandmarkFinder.Find(_world);

    /// <summary>The facts with their articles, a story at a time; in total exactly <see cref="Facts"/> facts.</summary>
    public IEnumerable<SyntheticChunk> Chunks()
    {
        var ctx = new StoryContext(_world, unchecked((Seed * 7919) + 17));
        var desk = new ArticleDesk(ctx.Random);
        var relationIds = new HashSet<string>(StringComparer.Ordinal);
        var remaining = Facts;
        foreach (var story in Stories(ctx))
        {
            // A relation told twice would be one fact in a store; keep the first telling only.
            var facts = story.Facts
                .Where(f => f.Relation is null || relationIds.Add(f.Relation.Id))
                .Take(remaining)
                .ToList();
            if (facts.Count == 0)
            {
                continue;
            }

            remaining -= facts.Count;
            yield return desk.Publish(story with { Facts = facts });
            if (remaining == 0)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<Story> Stories(StoryContext ctx) =>
        StructureStories.Successions(ctx)
            .Concat(StructureStories.Cities(ctx))
            .Concat(StructureStories.Memberships(ctx))
            .Concat(StructureStories.Terms(ctx))
            .Concat(TerritoryStories.All(ctx))
            .Concat(TreatyStories.All(ctx))
            .Concat(NewsStories.Endless(ctx));
}
