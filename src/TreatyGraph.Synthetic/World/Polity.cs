using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Names;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// A state of the synthetic world, current or historical, alive from <see cref="From"/> until
/// <see cref="To"/> (null while it exists). <see cref="Rank"/> is its news prominence, 0 the most.
/// </summary>
internal sealed class Polity(Entity entity, InventedName name, Culture culture, DateOnly from, DateOnly? to)
{
    public Entity Entity { get; } = entity;

    public string Id => Entity.Id;

    public string Name => Entity.Name;

    public InventedName Invented { get; } = name;

    public Culture Culture { get; } = culture;

    public DateOnly From { get; } = from;

    public DateOnly? To { get; } = to;

    public int Rank { get; set; }

    public List<Place> Cities { get; } = [];

    /// <summary>Terms of office by role index, in time order; consecutive terms share their boundary day.</summary>
    public List<List<Term>> Offices { get; } = [];

    /// <summary>The states this one succeeded, with the day of succession.</summary>
    public List<(Polity Predecessor, DateOnly Day)> Predecessors { get; } = [];

    public bool ExistsOn(DateOnly day) => day >= From && (To is null || day <= To);

    /// <summary>Who held the role on the day, if anyone.</summary>
    public Term? HolderOn(int roleIndex, DateOnly day)
    {
        if (roleIndex >= Offices.Count)
        {
            return null;
        }

        var terms = Offices[roleIndex];
        int lo = 0, hi = terms.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var t = terms[mid];
            if (day < t.From)
            {
                hi = mid - 1;
            }
            else if (t.To is { } end && day > end)
            {
                lo = mid + 1;
            }
            else
            {
                return t;
            }
        }

        return null;
    }
}
