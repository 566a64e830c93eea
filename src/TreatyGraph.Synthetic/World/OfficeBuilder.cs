using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.World;

/// <summary>
/// Fills each state's offices with consecutive terms over its lifetime: each term starts the day the
/// previous one ends, the last one is open while the state exists, and a quarter of holders are
/// re-appointed for a further term.
/// </summary>
internal static class OfficeBuilder
{
    public static void Build(WorldContext ctx, SyntheticWorld world)
    {
        var size = world.Size;
        foreach (var country in world.Polities)
        {
            var start = Chronology.Max(country.From, Chronology.Dawn);
            var end = country.To ?? Chronology.Now;
            for (var role = 0; role < size.Roles; role++)
            {
                country.Offices.Add(Terms(ctx, world, country, role, start, end, size.TermsPerRole));
            }
        }
    }

    private static List<Term> Terms(WorldContext ctx, SyntheticWorld world, Polity country, int role, DateOnly start, DateOnly end, int count)
    {
        var terms = new List<Term>();
        var meanDays = Math.Max(60, (end.DayNumber - start.DayNumber) / count);
        var t = start;
        Entity? previous = null;
        while (t < end)
        {
            var length = (int)(meanDays * (0.4 + (ctx.Random.Double() * 1.2)));
            var next = t.AddDays(Math.Max(30, length));
            var last = next.DayNumber >= end.DayNumber - (meanDays / 5);
            DateOnly? to = last ? country.To : next;

            var again = previous is not null && ctx.Random.Bool(0.25f);
            var person = again ? previous! : NewPerson(ctx, world, country);
            var fromDate = again ? DateForge.Day(t) with { Phrase = Chronology.DayText(t) } : ctx.Dates.Bound(t, t.Year < 1960);
            var toDate = to is { } day ? ctx.Dates.Bound(day, day.Year < 1960) : null;
            var surname = person.Aliases.FirstOrDefault(a => a.Language is null)?.Name ?? person.Name.Split(' ')[^1];
            terms.Add(new Term(person.Id, person.Name, surname, country, role, Offices.Roles[role], t, to, fromDate, toDate));
            previous = person;
            if (last)
            {
                break;
            }

            t = next;
        }

        return terms;
    }

    private static Entity NewPerson(WorldContext ctx, SyntheticWorld world, Polity country)
    {
        var name = ctx.People.Next(country.Culture, ctx.Syllables);
        var person = new Entity(ctx.Ids.Claim(EntityKind.Person, name.Full), EntityKind.Person, name.Full)
        {
            Aliases = name.Aliases,
            Description = $"A politician of {country.Name}.",
        };
        world.People.Add(person);
        return person;
    }
}
