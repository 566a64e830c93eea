using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.World;

/// <summary>International organisations: founders on the founding day, further members joining later.</summary>
internal static class OrganizationBuilder
{
    private static readonly string[] Regions =
    [
        "Northern", "Pacific", "Atlantic", "Eastern", "Southern", "Central", "Arctic", "Western", "Oceanic", "Continental",
    ];

    private static readonly string[] Bodies =
    [
        "Cooperation Council", "Economic Community", "Defence Organization", "Union", "Forum", "Fisheries Commission",
        "Development Bank", "Trade Association",
    ];

    public static void Build(WorldContext ctx, SyntheticWorld world)
    {
        var names = Regions.SelectMany(r => Bodies.Select(b => $"{r} {b}")).ToList();
        names = ctx.Random.Shuffle(names).ToList();
        for (var i = 0; i < world.Size.Organizations && i < names.Count; i++)
        {
            var founded = ctx.Between(new DateOnly(1945, 6, 1), new DateOnly(2005, 12, 31));
            var members = new List<(Polity, DateOnly)>();
            var target = ctx.Random.Int(3, Math.Max(3, Math.Min(25, world.Polities.Count / 2)));
            for (var attempt = 0; members.Count < target && attempt < target * 4; attempt++)
            {
                var joined = members.Count < 3 ? founded : ctx.Between(founded, Chronology.Now);
                var member = world.PickPolity(ctx.Random, joined, members.Select(m => m.Item1).ToList());
                if (member is not null)
                {
                    members.Add((member, joined));
                }
            }

            var entity = new Entity(ctx.Ids.Claim(EntityKind.Organization, names[i]), EntityKind.Organization, names[i])
            {
                Description = $"An international organisation founded in {founded.Year}.",
            };
            world.Organizations.Add(new Organization(entity, founded, members));
        }
    }
}
