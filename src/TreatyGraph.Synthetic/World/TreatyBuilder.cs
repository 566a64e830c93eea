using System.Globalization;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// Treaties: mostly bilateral, some regional, a few broad conventions; negotiated, signed, in force after
/// ratification, some later terminated, a few still unsigned with a signing planned.
/// </summary>
internal static class TreatyBuilder
{
    private static readonly string[] Topics =
    [
        "Fisheries", "Trade", "Maritime Boundaries", "Cultural Cooperation", "Peace and Friendship", "Nuclear Safety",
        "Extradition", "Air Transport", "Investment Protection", "Border Demarcation", "Double Taxation",
        "Scientific Cooperation", "Navigation", "Disarmament", "Environmental Protection", "Mutual Legal Assistance",
    ];

    public static void Build(WorldContext ctx, SyntheticWorld world)
    {
        for (var i = 0; i < world.Size.Treaties; i++)
        {
            var unsigned = ctx.Random.Bool(0.05f);
            var anchor = unsigned
                ? ctx.Between(new DateOnly(2015, 1, 1), Chronology.Now)
                : ctx.Recent(new DateOnly(1905, 1, 1), Chronology.Now.AddMonths(-2));
            var parties = Parties(ctx, world, anchor);
            if (parties.Count < 2)
            {
                continue;
            }

            var negotiations = anchor.AddDays(-ctx.Random.Int(120, 1500));
            DateOnly? signed = unsigned ? null : anchor;
            DateOnly? inForce = null;
            DateOnly? ended = null;
            if (signed is { } s && ctx.Random.Bool(0.85f))
            {
                var day = s.AddDays(ctx.Random.Int(30, 720));
                inForce = day <= Chronology.Now ? day : null;
            }

            if (inForce is { } f && ctx.Random.Bool(0.15f))
            {
                var day = f.AddDays(ctx.Random.Int(365, 365 * 40));
                ended = day <= Chronology.Now ? day : null;
            }

            var territory = ctx.Random.Bool(0.2f) ? world.PickTerritory(ctx.Random) : null;
            var name = Name(ctx, parties, territory);
            var details = new TreatyDetails(Status(signed, inForce, ended))
            {
                Signed = signed is { } sd ? FuzzyDate.Parse(Chronology.Iso(sd)) : null,
                InForce = inForce is { } fd
                    ? FuzzyDate.Parse(Chronology.Iso(fd) + "/" + (ended is { } ed ? Chronology.Iso(ed) : ".."))
                    : null,
            };
            var entity = new Entity(
                ctx.Ids.Claim(EntityKind.Treaty, string.Create(CultureInfo.InvariantCulture, $"{name} {anchor.Year}")),
                EntityKind.Treaty,
                name)
            {
                Description = parties.Count == 2
                    ? $"A treaty between {parties[0].Name} and {parties[1].Name}."
                    : $"A treaty among {parties.Count} states.",
                Treaty = details,
            };
            world.Treaties.Add(new TreatyPlan(entity, parties, negotiations, signed, inForce, ended, territory));
        }
    }

    private static List<Polity> Parties(WorldContext ctx, SyntheticWorld world, DateOnly day)
    {
        var u = ctx.Random.Double();
        var count = u < 0.7 ? 2 : u < 0.9 ? ctx.Random.Int(3, 5) : ctx.Random.Int(6, 15);
        var parties = new List<Polity>();
        for (var attempt = 0; parties.Count < count && attempt < count * 3; attempt++)
        {
            var p = world.PickPolity(ctx.Random, day, parties);
            if (p is not null)
            {
                parties.Add(p);
            }
        }

        return parties;
    }

    private static string Name(WorldContext ctx, List<Polity> parties, TerritoryPlan? territory)
    {
        var a = parties[0];
        var b = parties[1];
        var city = a.Cities[0].Name;
        var topic = ctx.Random.ArrayElement(Topics);
        if (territory is not null)
        {
            return $"Treaty on the Status of {territory.Name}";
        }

        if (parties.Count > 2)
        {
            return ctx.Random.Int(0, 2) switch
            {
                0 => $"Convention on {topic}",
                1 => $"Treaty of {city}",
                _ => $"{city} Protocol on {topic}",
            };
        }

        return ctx.Random.Int(0, 4) switch
        {
            0 => $"Treaty of {city}",
            1 => $"{a.Name}–{b.Name} Treaty of Friendship",
            2 => $"Agreement between {a.Name} and {b.Name} on {topic}",
            3 => $"{city} Declaration",
            _ => $"{a.Name}–{b.Name} Joint Declaration",
        };
    }

    private static TreatyStatus Status(DateOnly? signed, DateOnly? inForce, DateOnly? ended) =>
        ended is not null ? TreatyStatus.Terminated
        : inForce is not null ? TreatyStatus.InForce
        : signed is not null ? TreatyStatus.Signed
        : TreatyStatus.Unsigned;
}
