using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;
using TreatyGraph.Synthetic.World;

namespace TreatyGraph.Synthetic.Stories;

/// <summary>
/// The life of each treaty as the press reports it: negotiations, the signing and who signed, each
/// party's ratification, entry into force, parties over time, revocation, the territory it settles;
/// for unsigned treaties, talks that go on and a signing that is only hoped for.
/// </summary>
internal static class TreatyStories
{
    public static IEnumerable<Story> All(StoryContext ctx)
    {
        foreach (var treaty in ctx.World.Treaties)
        {
            yield return treaty.Signed is null ? Unsigned(ctx, treaty) : Signed(ctx, treaty, treaty.Signed.Value);
        }
    }

    private static Story Signed(StoryContext ctx, TreatyPlan treaty, DateOnly signed)
    {
        var facts = new List<FactDraft>();
        var parties = treaty.Parties;
        var partyIds = parties.Select(p => p.Id).ToList();
        var latest = signed;

        var talks = Chronology.IsoMonth(treaty.NegotiationsFrom) + "/" + Chronology.IsoMonth(signed);
        if (treaty.NegotiationsFrom.Year * 12 + treaty.NegotiationsFrom.Month < signed.Year * 12 + signed.Month)
        {
            var negotiation = ctx.NewEvent(
                EventKind.Negotiation,
                EventStatus.Occurred,
                $"Negotiations on the {treaty.Name}",
                Core.Time.FuzzyDate.Parse(talks),
                parties.Select(p => new Participant(p.Id)),
                null,
                [treaty.Id]);
            facts.Add(new($"Negotiations on the {treaty.Name} among {Lists.And(parties.Select(TerritoryStories.Plain))} ran from {Chronology.MonthText(treaty.NegotiationsFrom)} to {Chronology.MonthText(signed)}.", negotiation, null));
        }

        var place = parties[0].Cities[0];
        var signatories = parties
            .Select(p => Offices.Leader(p, signed, Offices.Foreign))
            .Where(t => t is not null)
            .Select(t => t!)
            .ToList();
        var signing = ctx.NewEvent(
            EventKind.Signing,
            EventStatus.Occurred,
            $"Signing of the {treaty.Name}",
            DateForge.Day(signed).Date,
            parties.Select(p => new Participant(p.Id, ParticipantRole.Signatory))
                .Concat(signatories.Select(s => new Participant(s.PersonId, ParticipantRole.Signatory))),
            place.Id,
            [treaty.Id]);
        var who = parties.Count <= 3 ? Lists.And(parties.Select(TerritoryStories.Plain)) : $"Representatives of {parties.Count} states";
        facts.Add(new($"{Lists.Capital(who)} signed the {treaty.Name} in {place.Name} on {Chronology.DayText(signed)}.", signing, null));

        foreach (var s in signatories)
        {
            var relation = new Relation(RelationType.Signed, s.PersonId, treaty.Id) { ValidFrom = DateForge.Day(signed).Date };
            facts.Add(new($"{s.PersonName} signed the {treaty.Name} for {TerritoryStories.Plain(s.Country)} as {s.Role}.", null, relation));
        }

        if (treaty.InForce is { } inForce)
        {
            latest = inForce;
            foreach (var party in parties.Where(p => p.ExistsOn(inForce)))
            {
                var day = ctx.Between(signed.AddDays(15), inForce.AddDays(-1));
                var date = ctx.Dates.Event(day);
                var ratification = ctx.NewEvent(
                    EventKind.Ratification,
                    EventStatus.Occurred,
                    $"{party.Name} ratifies the {treaty.Name}",
                    date.Date,
                    [new Participant(party.Id)],
                    null,
                    [treaty.Id]);
                facts.Add(new($"The parliament of {TerritoryStories.Plain(party)} ratified the {treaty.Name} {date.Phrase}.", ratification, null));
            }

            var force = ctx.NewEvent(
                EventKind.Agreement,
                EventStatus.Occurred,
                $"The {treaty.Name} enters into force",
                DateForge.Day(inForce).Date,
                parties.Where(p => p.ExistsOn(inForce)).Select(p => new Participant(p.Id)),
                null,
                [treaty.Id]);
            facts.Add(new($"The {treaty.Name} entered into force on {Chronology.DayText(inForce)}.", force, null));

            foreach (var party in parties.Where(p => p.ExistsOn(inForce)))
            {
                var end = Earliest(treaty.Ended, party.To);
                var relation = new Relation(RelationType.PartyTo, party.Id, treaty.Id)
                {
                    ValidFrom = DateForge.Day(inForce).Date,
                    ValidTo = end is { } e ? DateForge.Day(e).Date : null,
                };
                facts.Add(new(
                    end is { } until
                        ? $"{TerritoryStories.Name(party)} was a party to the {treaty.Name} from {Chronology.DayText(inForce)} until {Chronology.DayText(until)}."
                        : $"{party.Name} has been a party to the {treaty.Name} since {Chronology.DayText(inForce)}.",
                    null,
                    relation));
            }
        }

        if (treaty.Ended is { } ended)
        {
            latest = ended;
            var revoker = parties.FirstOrDefault(p => p.ExistsOn(ended)) ?? parties[0];
            var revocation = ctx.NewEvent(
                EventKind.Revocation,
                EventStatus.Occurred,
                $"{revoker.Name} revokes the {treaty.Name}",
                DateForge.Day(ended).Date,
                [new Participant(revoker.Id, ParticipantRole.Speaker)],
                null,
                [treaty.Id]);
            facts.Add(new($"{TerritoryStories.Name(revoker)} revoked the {treaty.Name} on {Chronology.DayText(ended)}.", revocation, null));
        }

        if (treaty.Territory is { } territory)
        {
            facts.Add(new(
                $"The {treaty.Name} settles the status of {territory.Name}.",
                null,
                new Relation(RelationType.Concerns, treaty.Id, territory.Id)));
        }

        return new Story(treaty.Name, ctx.Between(latest, Chronology.Max(latest, Chronology.Now)), facts);
    }

    private static Story Unsigned(StoryContext ctx, TreatyPlan treaty)
    {
        var parties = treaty.Parties;
        var published = ctx.Between(treaty.NegotiationsFrom.AddDays(60), Chronology.Now);
        var talks = ctx.NewEvent(
            EventKind.Negotiation,
            EventStatus.Occurred,
            $"Negotiations on the {treaty.Name}",
            Core.Time.FuzzyDate.Parse(Chronology.IsoMonth(treaty.NegotiationsFrom) + "/.."),
            parties.Select(p => new Participant(p.Id)),
            null,
            [treaty.Id]);
        var hoped = ctx.Dates.Planned(ctx.Between(published.AddDays(30), Chronology.Min(published.AddDays(700), Chronology.PlanHorizon)));
        var signing = ctx.NewEvent(
            EventKind.Signing,
            EventStatus.Planned,
            $"Planned signing of the {treaty.Name}",
            hoped.Date,
            parties.Select(p => new Participant(p.Id, ParticipantRole.Signatory)),
            parties[0].Cities[0].Id,
            [treaty.Id]);
        var names = Lists.And(parties.Select(TerritoryStories.Plain));
        return new Story(treaty.Name, published,
        [
            new($"Negotiations on a {treaty.Name} among {names} have continued since {Chronology.MonthText(treaty.NegotiationsFrom)}.", talks, null),
            new($"{Lists.Capital(names)} hope to sign the {treaty.Name} {hoped.Phrase}.", signing, null),
        ]);
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : Chronology.Min(a.Value, b.Value);
}
