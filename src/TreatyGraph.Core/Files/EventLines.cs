using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;

namespace TreatyGraph.Core.Files;

/// <summary>Maps <c>events.jsonl</c> lines to <see cref="Event"/> and back.</summary>
internal static class EventLines
{
    public static Event ToEvent(EventLine line, EntityReferences entities, ArticleCatalog articles)
    {
        var id = LineFields.Required(line.Id, "id");
        if (!LineFields.IsWellFormedEventId(id))
        {
            throw new LineException($"malformed event id '{id}'; expected event:slug with an ASCII slug, such as 'event:1956-joint-declaration-signed'");
        }

        return new Event(
            id,
            LineFields.Parse(WireNames.ParseEventKind, line.Kind, "kind"),
            LineFields.Parse(WireNames.ParseEventStatus, line.Status, "status"),
            LineFields.Required(line.Title, "title"),
            LineFields.Date(line.Date, line.DatePhrase, "date"))
        {
            Participants = (line.Participants ?? []).Select((p, i) => new Participant(
                entities.Check(p.Id, $"participants[{i}].id"),
                p.Role is null ? ParticipantRole.Participant : LineFields.Parse(WireNames.ParseParticipantRole, p.Role, $"participants[{i}].role"))).ToList(),
            PlaceId = line.Place is null ? null : entities.Check(line.Place, "place"),
            Concerns = (line.Concerns ?? []).Select((c, i) => entities.Check(c, $"concerns[{i}]")).ToList(),
            Evidence = (line.Evidence ?? []).Select((e, i) => articles.Resolve(e, $"evidence[{i}]")).ToList(),
        };
    }

    public static EventLine ToLine(Event e, ArticleCatalog articles) => new()
    {
        Id = e.Id,
        Kind = WireNames.Of(e.Kind),
        Status = WireNames.Of(e.Status),
        Title = e.Title,
        Date = e.Date?.Edtf,
        DatePhrase = e.Date?.Phrase,
        Participants = e.Participants.Count == 0
            ? null
            : e.Participants.Select(p => new ParticipantLine { Id = p.EntityId, Role = WireNames.Of(p.Role) }).ToList(),
        Place = e.PlaceId,
        Concerns = e.Concerns.Count == 0 ? null : e.Concerns.ToList(),
        Evidence = e.Evidence.Count == 0 ? null : e.Evidence.Select(articles.ToLine).ToList(),
    };
}
