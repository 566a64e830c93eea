using TreatyGraph.Core.Domain;
using TreatyGraph.Synthetic.Dates;
using TreatyGraph.Synthetic.World;

namespace TreatyGraph.Synthetic.Stories;

/// <summary>One news event of each kind with the sentence that reports it; leaders are those in office on the day.</summary>
internal static class NewsEvents
{
    private static readonly string[] Subjects =
    [
        "fishing rights", "a visa waiver", "energy supplies", "a joint patrol", "cultural exchanges", "grain exports",
        "a prisoner exchange", "a new border crossing", "climate targets", "port access",
    ];

    public static FactDraft Meeting(StoryContext ctx, Polity a, Polity b, DateOnly day, DatedPhrase date, EventStatus status)
    {
        var la = Offices.Leader(a, day, Offices.Government);
        var lb = Offices.Leader(b, day, Offices.Government);
        var host = ctx.Random.Bool() ? a : b;
        var city = ctx.Random.ListItem(host.Cities);
        var concern = ctx.Random.Bool(0.3f) ? Concern(ctx) : null;
        var e = ctx.NewEvent(
            EventKind.Meeting,
            status,
            $"Meeting of {Who(la, a)} and {Who(lb, b)}",
            date.Date,
            Participants(la, a, ParticipantRole.Participant).Concat(Participants(lb, b, ParticipantRole.Participant)),
            city.Id,
            concern is null ? [] : [concern.Value.Id]);
        var verb = status == EventStatus.Planned ? "is expected to meet" : "met";
        var about = concern is null ? string.Empty : $" to discuss {concern.Value.Name}";
        return new($"{Lists.Capital(Long(la, a))} {verb} {Long(lb, b)} in {city.Name}{about} {date.Phrase}.", e, null);
    }

    public static FactDraft Visit(StoryContext ctx, Polity a, Polity b, DateOnly day, DatedPhrase date, EventStatus status)
    {
        var visitor = Offices.Leader(a, day, Offices.Head);
        var host = Offices.Leader(b, day, Offices.Head);
        var city = b.Cities[0];
        var e = ctx.NewEvent(
            EventKind.Visit,
            status,
            $"{Who(visitor, a)} visits {b.Name}",
            date.Date,
            Participants(visitor, a, ParticipantRole.Visitor).Concat(Participants(host, b, ParticipantRole.Host)),
            city.Id,
            []);
        var verb = status == EventStatus.Planned ? "will pay a state visit to" : "paid a state visit to";
        return new($"{Lists.Capital(Long(visitor, a))} {verb} {TerritoryStories.Plain(b)} {date.Phrase}.", e, null);
    }

    public static FactDraft Summit(StoryContext ctx, Polity a, Polity b, DateOnly day, DatedPhrase date, EventStatus status)
    {
        var states = new List<Polity> { a, b };
        var more = ctx.Random.Int(1, 6);
        for (var i = 0; i < more; i++)
        {
            if (ctx.World.PickPolity(ctx.Random, day, states) is { } p)
            {
                states.Add(p);
            }
        }

        var leaders = states.Select(s => (State: s, Leader: Offices.Leader(s, day, Offices.Government))).ToList();
        var city = a.Cities[0];
        var e = ctx.NewEvent(
            EventKind.Summit,
            status,
            $"Summit in {city.Name}",
            date.Date,
            leaders.SelectMany(l => Participants(l.Leader, l.State, l.State == a ? ParticipantRole.Host : ParticipantRole.Participant)),
            city.Id,
            []);
        var verb = status == EventStatus.Planned ? "are to meet" : "met";
        return new($"Leaders of {Lists.And(states.Select(TerritoryStories.Plain))} {verb} at a summit in {city.Name} {date.Phrase}.", e, null);
    }

    public static FactDraft Statement(StoryContext ctx, Polity a, DateOnly day, DatedPhrase date)
    {
        var speaker = Offices.Leader(a, day, Offices.Foreign);
        var concern = Concern(ctx);
        var e = ctx.NewEvent(
            EventKind.Statement,
            EventStatus.Occurred,
            $"Statement by {Who(speaker, a)}",
            date.Date,
            Participants(speaker, a, ParticipantRole.Speaker),
            null,
            concern is null ? [] : [concern.Value.Id]);
        var what = concern is null ? "its position had not changed" : $"it would stand by its position on {concern.Value.Name}";
        return new($"{Lists.Capital(Long(speaker, a))} said {date.Phrase} that {TerritoryStories.Plain(a)} {what}.", e, null);
    }

    public static FactDraft Protest(StoryContext ctx, Polity a, Polity b, DatedPhrase date)
    {
        var territory = ctx.World.PickTerritory(ctx.Random);
        var e = ctx.NewEvent(
            EventKind.Protest,
            EventStatus.Occurred,
            $"{a.Name} protests to {b.Name}",
            date.Date,
            [new Participant(a.Id, ParticipantRole.Speaker), new Participant(b.Id)],
            null,
            territory is null ? [] : [territory.Id]);
        var over = territory is null ? "over its treatment of diplomats" : $"over {territory.Name}";
        return new($"{TerritoryStories.Name(a)} protested to {TerritoryStories.Plain(b)} {over} {date.Phrase}.", e, null);
    }

    public static FactDraft Talks(StoryContext ctx, Polity a, Polity b, DatedPhrase date, EventStatus status)
    {
        var treaty = ctx.World.PickTreaty(ctx.Random);
        var e = ctx.NewEvent(
            EventKind.Negotiation,
            status,
            $"Talks between {a.Name} and {b.Name}",
            date.Date,
            [new Participant(a.Id), new Participant(b.Id)],
            null,
            treaty is null ? [] : [treaty.Id]);
        var on = treaty is null ? "on trade" : $"on the {treaty.Name}";
        var verb = status == EventStatus.Planned ? "will hold talks" : "held talks";
        return new($"Delegations of {TerritoryStories.Plain(a)} and {TerritoryStories.Plain(b)} {verb} {on} {date.Phrase}.", e, null);
    }

    public static FactDraft Agreement(StoryContext ctx, Polity a, Polity b, DatedPhrase date)
    {
        var subject = ctx.Random.ArrayElement(Subjects);
        var e = ctx.NewEvent(
            EventKind.Agreement,
            EventStatus.Occurred,
            $"{a.Name} and {b.Name} agree on {subject}",
            date.Date,
            [new Participant(a.Id), new Participant(b.Id)],
            null,
            []);
        return new($"{TerritoryStories.Name(a)} and {TerritoryStories.Plain(b)} reached an agreement on {subject} {date.Phrase}.", e, null);
    }

    private static (string Id, string Name)? Concern(StoryContext ctx)
    {
        if (ctx.Random.Bool() && ctx.World.PickTerritory(ctx.Random) is { } territory)
        {
            return (territory.Id, territory.Name);
        }

        return ctx.World.PickTreaty(ctx.Random) is { } treaty ? (treaty.Id, "the " + treaty.Name) : null;
    }

    private static IEnumerable<Participant> Participants(Term? leader, Polity state, ParticipantRole role) =>
        leader is null ? [new Participant(state.Id, role)] : [new Participant(leader.PersonId, role), new Participant(state.Id, role)];

    private static string Who(Term? leader, Polity state) => leader?.PersonName ?? state.Name;

    private static string Long(Term? leader, Polity state) =>
        leader is null
            ? $"the {Role(state)} of {TerritoryStories.Plain(state)}"
            : $"{leader.PersonName}, {leader.Role} of {TerritoryStories.Plain(state)},";

    private static string Role(Polity state) => state.Offices.Count > Offices.Foreign ? "foreign minister" : "envoy";
}
