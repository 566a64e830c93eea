using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;
using TreatyGraph.Synthetic.World;

namespace TreatyGraph.Synthetic.Stories;

/// <summary>
/// The history of each territory: what it belongs to, who administered it (time-bounded, consecutive),
/// how it changed hands (annexations, the end of wars), and who claims it.
/// </summary>
internal static class TerritoryStories
{
    public static IEnumerable<Story> All(StoryContext ctx)
    {
        foreach (var territory in ctx.World.Territories)
        {
            var facts = new List<FactDraft>();
            var latest = Chronology.Dawn;
            if (territory.PartOf is { } group)
            {
                facts.Add(new(
                    $"{territory.Name} is part of the {group.Name}.",
                    null,
                    new Relation(RelationType.PartOf, territory.Id, group.Id)));
            }

            Holding? previous = null;
            foreach (var holding in territory.Administrations)
            {
                var from = ctx.Dates.Bound(holding.From, holding.From.Year < 1960);
                var to = holding.To is { } end ? ctx.Dates.Bound(end, end.Year < 1960) : null;
                latest = Chronology.Max(latest, holding.To ?? holding.From);
                var relation = new Relation(RelationType.Administers, holding.Country.Id, territory.Id) { ValidFrom = from.Date, ValidTo = to?.Date };
                facts.Add(new(
                    to is null
                        ? $"{Name(holding.Country)} has administered {territory.Name} since {from.Phrase}."
                        : $"{Name(holding.Country)} administered {territory.Name} from {from.Phrase} to {to.Phrase}.",
                    null,
                    relation));
                if (previous is not null)
                {
                    Handover(ctx, facts, territory, previous, holding);
                }

                previous = holding;
            }

            foreach (var claim in territory.Claims)
            {
                var from = ctx.Dates.Bound(claim.From, claim.From.Year < 1960);
                var to = claim.To is { } end ? ctx.Dates.Bound(end, end.Year < 1960) : null;
                latest = Chronology.Max(latest, claim.To ?? claim.From);
                var relation = new Relation(RelationType.Claims, claim.Country.Id, territory.Id) { ValidFrom = from.Date, ValidTo = to?.Date };
                facts.Add(new(
                    to is null
                        ? $"{Name(claim.Country)} has claimed {territory.Name} since {from.Phrase}."
                        : $"{Name(claim.Country)} claimed {territory.Name} from {from.Phrase} until {to.Phrase}.",
                    null,
                    relation));
            }

            yield return new Story($"Who owns {territory.Name}", ctx.Between(latest, Chronology.Now), facts);
        }
    }

    private static void Handover(StoryContext ctx, List<FactDraft> facts, TerritoryPlan territory, Holding before, Holding after)
    {
        var u = ctx.Random.Double();
        var date = DateForge.Day(after.From);
        if (u < 0.5)
        {
            var annexation = ctx.NewEvent(
                EventKind.Annexation,
                EventStatus.Occurred,
                $"{after.Country.Name} annexes {territory.Name}",
                date.Date,
                [new Participant(after.Country.Id), new Participant(before.Country.Id)],
                null,
                [territory.Id]);
            facts.Add(new($"{Name(after.Country)} annexed {territory.Name} from {Plain(before.Country)} {date.Phrase}.", annexation, null));
        }
        else if (u < 0.8)
        {
            var warEnd = ctx.NewEvent(
                EventKind.WarEnd,
                EventStatus.Occurred,
                $"End of the war over {territory.Name}",
                date.Date,
                [new Participant(before.Country.Id), new Participant(after.Country.Id)],
                null,
                [territory.Id]);
            facts.Add(new($"The war between {Plain(before.Country)} and {Plain(after.Country)} over {territory.Name} ended {date.Phrase}.", warEnd, null));
        }
    }

    /// <summary>The name at the start of a sentence: "The Kingdom of X", "Kamoria".</summary>
    internal static string Name(Polity country) => country.To is null ? country.Name : "The " + country.Name;

    /// <summary>The name inside a sentence: "the Kingdom of X", "Kamoria".</summary>
    internal static string Plain(Polity country) => country.To is null ? country.Name : "the " + country.Name;
}
