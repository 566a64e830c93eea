using Bogus;
using TreatyGraph.Synthetic.Dates;
using TreatyGraph.Synthetic.Names;

namespace TreatyGraph.Synthetic.World;

/// <summary>The one seeded random source and what draws on it, shared by the builders of one world.</summary>
internal sealed class WorldContext
{
    public WorldContext(int seed)
    {
        Random = new Randomizer(seed);
        Dates = new DateForge(Random);
        Syllables = new SyllableNames(Random);
        People = new PersonNames(Random);
        English = new Faker("en") { Random = Random };
    }

    public Randomizer Random { get; }

    public DateForge Dates { get; }

    public SyllableNames Syllables { get; }

    public PersonNames People { get; }

    public Faker English { get; }

    public IdRegistry Ids { get; } = new();

    public DateOnly Between(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(Random.Int(0, to.DayNumber - from.DayNumber));

    /// <summary>A day in the range, more often near its end: news and treaties thicken toward the present.</summary>
    public DateOnly Recent(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return from;
        }

        var u = Random.Double();
        return from.AddDays((int)((to.DayNumber - from.DayNumber) * (1 - (u * u))));
    }
}
