using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;
using TreatyGraph.Synthetic.Names;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// Builds the states: historical ones dissolved between 1917 and 1993, each succeeded by one to three
/// current states, the rest of the current states old or independent since decolonisation; then their
/// cities (the first is the capital). Prominence ranks are shuffled so they do not follow creation order.
/// </summary>
internal static class PolityBuilder
{
    private static readonly Culture[] Cultures = Enum.GetValues<Culture>();

    public static void Build(WorldContext ctx, SyntheticWorld world)
    {
        var size = world.Size;
        var historical = new List<Polity>();
        for (var i = 0; i < size.HistoricalStates; i++)
        {
            var end = ctx.Between(new DateOnly(1917, 11, 1), new DateOnly(1993, 1, 1));
            historical.Add(Historical(ctx, end));
        }

        var current = new List<Polity>();
        var queue = new Queue<Polity>(historical);
        for (var i = 0; i < size.Countries; i++)
        {
            var name = ctx.Syllables.Country();
            var culture = ctx.Random.ArrayElement(Cultures);
            Polity? predecessor = null;
            if (queue.Count > 0)
            {
                predecessor = queue.Peek();
                if (ctx.Random.Bool(0.45f) || current.Count(c => c.Predecessors.Any(p => p.Predecessor == predecessor)) >= 2)
                {
                    queue.Dequeue();
                }

                culture = predecessor.Culture;
            }

            var from = predecessor is not null
                ? predecessor.To!.Value.AddDays(1)
                : ctx.Random.Bool(0.6f) ? Chronology.Dawn : ctx.Between(new DateOnly(1945, 1, 1), new DateOnly(1995, 12, 31));
            var polity = new Polity(CountryEntity(ctx, name, $"A state of the synthetic world since {from.Year}.", []), name, culture, from, null);
            if (predecessor is not null)
            {
                polity.Predecessors.Add((predecessor, from));
            }

            current.Add(polity);
        }

        foreach (var (p, rank) in ctx.Random.Shuffle(current.Concat(historical)).Select((p, i) => (p, i)))
        {
            p.Rank = rank;
            world.Polities.Add(p);
        }

        foreach (var p in world.Polities)
        {
            var count = 1 + ctx.Random.Int(0, 2) + size.ExtraCitiesPerCountry;
            for (var c = 0; c < count; c++)
            {
                var cityName = ctx.Syllables.Place();
                var entity = new Entity(ctx.Ids.Claim(EntityKind.Place, cityName.Latin), EntityKind.Place, cityName.Latin)
                {
                    Aliases = [new Alias(cityName.Cyrillic, "ru"), new Alias(cityName.Kana, "ja")],
                    Description = c == 0 ? $"Capital of {p.Name}." : $"A city of {p.Name}.",
                };
                var place = new Place(entity, p);
                p.Cities.Add(place);
                world.Places.Add(place);
            }
        }
    }

    private static Polity Historical(WorldContext ctx, DateOnly end)
    {
        var name = ctx.Syllables.Country();
        var form = ctx.Random.Int(0, 3);
        var (english, russian, japanese) = form switch
        {
            0 => ($"Kingdom of {name.Latin}", $"Королевство {name.Cyrillic}", $"{name.Kana}王国"),
            1 => ($"{name.Latin} Empire", $"{name.Cyrillic} империя", $"{name.Kana}帝国"),
            2 => ($"Union of {name.Latin} Republics", $"Союз {name.Cyrillic} республик", $"{name.Kana}共和国連邦"),
            _ => ($"{name.Latin} Federation", $"{name.Cyrillic} федерация", $"{name.Kana}連邦"),
        };
        var entity = CountryEntity(
            ctx,
            new InventedName(english, russian, japanese),
            $"A historical state of the synthetic world, dissolved in {end.Year}.",
            [new Alias(name.Latin, "en")]);
        return new Polity(entity, name, ctx.Random.ArrayElement(Cultures), Chronology.Dawn, end);
    }

    private static Entity CountryEntity(WorldContext ctx, InventedName name, string description, IReadOnlyList<Alias> extra) =>
        new(ctx.Ids.Claim(EntityKind.Country, name.Latin), EntityKind.Country, name.Latin)
        {
            Aliases = [new Alias(name.Cyrillic, "ru"), new Alias(name.Kana, "ja"), .. extra],
            Description = description,
        };
}
