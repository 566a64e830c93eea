using Bogus;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// The entities of a synthetic graph and the plans their facts are told from. It stays in memory (a
/// tenth of the facts or fewer); the facts themselves are streamed by the stories.
/// </summary>
internal sealed class SyntheticWorld
{
    private ZipfSampler? _polityRanks;
    private ZipfSampler? _treatyRanks;
    private ZipfSampler? _territoryRanks;

    public required WorldSize Size { get; init; }

    /// <summary>States in order of prominence: index is <see cref="Polity.Rank"/>.</summary>
    public List<Polity> Polities { get; } = [];

    public List<Place> Places { get; } = [];

    public List<Entity> People { get; } = [];

    public List<Organization> Organizations { get; } = [];

    public List<TerritoryPlan> Territories { get; } = [];

    public List<TreatyPlan> Treaties { get; } = [];

    public IEnumerable<Entity> Entities() =>
        Polities.Select(p => p.Entity)
            .Concat(Places.Select(p => p.Entity))
            .Concat(People)
            .Concat(Organizations.Select(o => o.Entity))
            .Concat(Territories.Select(t => t.Entity))
            .Concat(Treaties.Select(t => t.Entity));

    /// <summary>A state that exists on the day, drawn by prominence, other than those excluded.</summary>
    public Polity? PickPolity(Randomizer random, DateOnly day, IReadOnlyCollection<Polity>? except = null)
    {
        _polityRanks ??= new ZipfSampler(Polities.Count, 1.0);
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var p = Polities[_polityRanks.Next(random)];
            if (p.ExistsOn(day) && (except is null || !except.Contains(p)))
            {
                return p;
            }
        }

        // Deterministic fallback for days when the popular states did not exist.
        return Polities.FirstOrDefault(p => p.ExistsOn(day) && (except is null || !except.Contains(p)));
    }

    public TreatyPlan? PickTreaty(Randomizer random)
    {
        if (Treaties.Count == 0)
        {
            return null;
        }

        _treatyRanks ??= new ZipfSampler(Treaties.Count, 1.0);
        return Treaties[_treatyRanks.Next(random)];
    }

    public TerritoryPlan? PickTerritory(Randomizer random)
    {
        if (Territories.Count == 0)
        {
            return null;
        }

        _territoryRanks ??= new ZipfSampler(Territories.Count, 1.0);
        return Territories[_territoryRanks.Next(random)];
    }
}
