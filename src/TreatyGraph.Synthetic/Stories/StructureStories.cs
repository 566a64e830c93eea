using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;

namespace TreatyGraph.Synthetic.Stories;

/// <summary>
/// The slow facts of the world, each told once: successions of states, capitals and cities, memberships
/// of organisations, and who held which office when.
/// </summary>
internal static class StructureStories
{
    public static IEnumerable<Story> Successions(StoryContext ctx)
    {
        foreach (var predecessor in ctx.World.Polities.Where(p => p.To is not null))
        {
            var facts = new List<FactDraft>();
            var day = predecessor.To!.Value.AddDays(1);
            foreach (var successor in ctx.World.Polities.Where(p => p.Predecessors.Any(x => x.Predecessor == predecessor)))
            {
                var relation = new Relation(RelationType.SuccessorOf, successor.Id, predecessor.Id) { ValidFrom = DateForge.Day(day).Date };
                facts.Add(new($"{successor.Name} became a successor state of the {predecessor.Name} on {Chronology.DayText(day)}.", null, relation));
            }

            if (facts.Count > 0)
            {
                yield return new Story($"The end of the {predecessor.Name}", ctx.Between(day, day.AddDays(3)), facts);
            }
        }
    }

    public static IEnumerable<Story> Cities(StoryContext ctx)
    {
        foreach (var country in ctx.World.Polities)
        {
            var facts = new List<FactDraft>();
            foreach (var (city, i) in country.Cities.Select((c, i) => (c, i)))
            {
                var relation = new Relation(RelationType.LocatedIn, city.Id, country.Id)
                {
                    ValidFrom = country.From > Chronology.Dawn ? DateForge.Day(country.From).Date : null,
                    ValidTo = country.To is { } to ? DateForge.Day(to).Date : null,
                };
                var sentence = (i, country.To) switch
                {
                    (0, { } until) => $"{city.Name} was the capital of the {country.Name} until {Chronology.DayText(until)}.",
                    (0, null) when country.From > Chronology.Dawn => $"{city.Name} has been the capital of {country.Name} since {Chronology.DayText(country.From)}.",
                    (0, null) => $"{city.Name} is the capital of {country.Name}.",
                    _ => $"{city.Name} is a city in {country.Name}.",
                };
                facts.Add(new(sentence, null, relation));
            }

            yield return new Story($"A guide to {country.Name}", ctx.Between(Chronology.Max(country.From, new DateOnly(1990, 1, 1)), Chronology.Now), facts);
        }
    }

    public static IEnumerable<Story> Memberships(StoryContext ctx)
    {
        foreach (var org in ctx.World.Organizations)
        {
            var founders = org.Members.Where(m => m.Joined == org.Founded).Select(m => m.Member).ToList();
            var capital = founders.Count > 0 ? founders[0].Cities[0] : null;
            var founding = ctx.NewEvent(
                EventKind.Signing,
                EventStatus.Occurred,
                $"Founding of the {org.Name}",
                DateForge.Day(org.Founded).Date,
                founders.Select(f => new Participant(f.Id, ParticipantRole.Signatory)),
                capital?.Id,
                [org.Id]);
            var facts = new List<FactDraft>
            {
                new($"Representatives of {Lists.And(founders.Select(TerritoryStories.Plain))} founded the {org.Name}{(capital is null ? string.Empty : " in " + capital.Name)} on {Chronology.DayText(org.Founded)}.", founding, null),
            };
            var latest = org.Founded;
            foreach (var (member, joined) in org.Members)
            {
                latest = Chronology.Max(latest, joined);
                var relation = new Relation(RelationType.MemberOf, member.Id, org.Id)
                {
                    ValidFrom = DateForge.Day(joined).Date,
                    ValidTo = member.To is { } to ? DateForge.Day(to).Date : null,
                };
                var sentence = member.To is { } end
                    ? $"The {member.Name} was a member of the {org.Name} from {Chronology.DayText(joined)} until {Chronology.DayText(end)}."
                    : joined == org.Founded
                        ? $"{member.Name} has been a member of the {org.Name} since its founding on {Chronology.DayText(joined)}."
                        : $"{member.Name} joined the {org.Name} on {Chronology.DayText(joined)}.";
                facts.Add(new(sentence, null, relation));
            }

            yield return new Story($"Who belongs to the {org.Name}", ctx.Between(latest, Chronology.Now), facts);
        }
    }

    public static IEnumerable<Story> Terms(StoryContext ctx)
    {
        foreach (var country in ctx.World.Polities)
        {
            foreach (var terms in country.Offices)
            {
                var facts = new List<FactDraft>();
                foreach (var term in terms)
                {
                    var relation = new Relation(RelationType.HoldsOffice, term.PersonId, country.Id)
                    {
                        Role = term.Role,
                        ValidFrom = term.FromDate.Date,
                        ValidTo = term.ToDate?.Date,
                    };
                    var the = country.To is null ? string.Empty : "the ";
                    var sentence = term.ToDate is { } to
                        ? $"{term.PersonName} served as {term.Role} of {the}{country.Name} from {term.FromDate.Phrase} to {to.Phrase}."
                        : $"{term.PersonName} has been {term.Role} of {country.Name} since {term.FromDate.Phrase}.";
                    facts.Add(new(sentence, null, relation));
                }

                if (facts.Count > 0)
                {
                    var last = terms[^1];
                    yield return new Story(
                        $"The {last.Role}s of {country.Name}",
                        ctx.Between(Chronology.Max(last.From, last.To ?? last.From), Chronology.Now),
                        facts);
                }
            }
        }
    }
}
