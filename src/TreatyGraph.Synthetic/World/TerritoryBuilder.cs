using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// Builds territories (island groups and their islands, peninsulas, valleys, regions), each administered
/// by a succession of states and claimed by the states that lost it or want it.
/// </summary>
internal static class TerritoryBuilder
{
    private static readonly (string English, string Russian, string Japanese)[] Forms =
    [
        ("{0} Island", "остров {0}", "{0}島"),
        ("{0} Peninsula", "полуостров {0}", "{0}半島"),
        ("{0} Valley", "долина {0}", "{0}渓谷"),
        ("{0} Region", "область {0}", "{0}地方"),
    ];

    private static readonly (string English, string Russian, string Japanese) Group = ("{0} Islands", "острова {0}", "{0}諸島");

    public static void Build(WorldContext ctx, SyntheticWorld world)
    {
        var groups = new List<TerritoryPlan>();
        for (var i = 0; i < world.Size.Territories; i++)
        {
            var isGroup = i % 4 == 0;
            var form = isGroup ? Group : ctx.Random.ArrayElement(Forms);
            var name = ctx.Syllables.Place();
            var english = string.Format(System.Globalization.CultureInfo.InvariantCulture, form.English, name.Latin);
            var entity = new Entity(ctx.Ids.Claim(EntityKind.Territory, english), EntityKind.Territory, english)
            {
                Aliases =
                [
                    new Alias(string.Format(System.Globalization.CultureInfo.InvariantCulture, form.Russian, name.Cyrillic), "ru"),
                    new Alias(string.Format(System.Globalization.CultureInfo.InvariantCulture, form.Japanese, name.Kana), "ja"),
                ],
                Description = "A territory of the synthetic world.",
            };
            var partOf = !isGroup && groups.Count > 0 && form.English.EndsWith("Island", StringComparison.Ordinal) && ctx.Random.Bool(0.6f)
                ? ctx.Random.ListItem(groups)
                : null;
            var administrations = Administrations(ctx, world);
            var plan = new TerritoryPlan(entity, administrations, Claims(ctx, world, administrations), partOf);
            world.Territories.Add(plan);
            if (isGroup)
            {
                groups.Add(plan);
            }
        }
    }

    private static List<Holding> Administrations(WorldContext ctx, SyntheticWorld world)
    {
        var holdings = new List<Holding>();
        var t = ctx.Between(Chronology.Dawn, new DateOnly(1960, 1, 1));
        var changes = ctx.Random.Int(1, 3);
        Polity? previous = null;
        while (t < Chronology.Now && holdings.Count < changes)
        {
            var holder = world.PickPolity(ctx.Random, t, previous is null ? null : [previous]);
            if (holder is null)
            {
                break;
            }

            var limit = holder.To ?? Chronology.Now;
            DateOnly? end = holdings.Count == changes - 1 ? holder.To : ctx.Between(Chronology.Min(t.AddYears(5), limit), limit);
            if (end is { } e && e >= Chronology.Now)
            {
                end = null;
            }

            holdings.Add(new Holding(holder, t, end));
            if (end is null)
            {
                break;
            }

            t = end.Value.AddDays(1);
            previous = holder;
        }

        return holdings;
    }

    private static List<Holding> Claims(WorldContext ctx, SyntheticWorld world, List<Holding> administrations)
    {
        var claims = new List<Holding>();
        for (var i = 0; i < administrations.Count - 1; i++)
        {
            // A state that lost the territory keeps claiming it, half the time until it ceases to exist.
            var lost = administrations[i];
            if (lost.To is { } day && (lost.Country.To is null || lost.Country.To > day.AddDays(1)) && ctx.Random.Bool(0.5f))
            {
                claims.Add(new Holding(lost.Country, day.AddDays(1), lost.Country.To));
            }
        }

        if (ctx.Random.Bool(0.25f))
        {
            var from = ctx.Between(new DateOnly(1945, 1, 1), Chronology.Now);
            var claimant = world.PickPolity(ctx.Random, from, administrations.Select(h => h.Country).ToList());
            if (claimant is not null)
            {
                claims.Add(new Holding(claimant, from, claimant.To));
            }
        }

        return claims;
    }
}
