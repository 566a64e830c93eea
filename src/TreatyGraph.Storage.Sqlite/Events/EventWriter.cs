using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Paths;
using TreatyGraph.Storage.Sqlite.Provenance;

namespace TreatyGraph.Storage.Sqlite.Events;

/// <summary>
/// Writes events: the row, one <c>event_entity</c> row per participant, place and concern (numbered in
/// the order they were added, carrying the event's sort keys, kind and status for timelines), evidence,
/// and (through <see cref="LinkWriter"/>) the links between the entities it involves.
/// </summary>
internal sealed class EventWriter(SqliteConnection connection, LinkWriter links) : IDisposable
{
    private readonly PreparedCommand _insert = new(
        connection,
        "INSERT INTO event (id, kind, status, title, date, date_phrase, earliest, latest) VALUES ($id, $kind, $status, $title, $date, $phrase, $earliest, $latest)",
        "$id", "$kind", "$status", "$title", "$date", "$phrase", "$earliest", "$latest");

    private readonly PreparedCommand _update = new(
        connection,
        "UPDATE event SET kind = $kind, status = $status, title = $title, date = $date, date_phrase = $phrase, earliest = $earliest, latest = $latest WHERE id = $id",
        "$id", "$kind", "$status", "$title", "$date", "$phrase", "$earliest", "$latest");

    private readonly PreparedCommand _insertEntity = new(
        connection,
        """
        INSERT INTO event_entity (event_id, ord, entity_id, role, earliest, latest, kind, status)
        VALUES ($event, $ord, $entity, $role, $earliest, $latest, $kind, $status)
        """,
        "$event", "$ord", "$entity", "$role", "$earliest", "$latest", "$kind", "$status");

    private readonly PreparedCommand _updateEntities = new(
        connection,
        "UPDATE event_entity SET earliest = $earliest, latest = $latest, kind = $kind, status = $status WHERE event_id = $event",
        "$event", "$earliest", "$latest", "$kind", "$status");

    private readonly PreparedCommand _movePlace = new(
        connection,
        "UPDATE event_entity SET entity_id = $entity WHERE event_id = $event AND role = 'place'",
        "$event", "$entity");

    private readonly EvidenceWriter _evidence = new(connection, EvidenceTable.OfEvents);

    /// <summary>The sort keys of an event: its date's day keys, or <see cref="TimelineCursor.Undated"/> twice.</summary>
    public static (long Earliest, long Latest) Keys(Event e) =>
        e.Date is { } d ? (d.EarliestKey, d.LatestKey) : (TimelineCursor.Undated, TimelineCursor.Undated);

    public void Insert(Event e)
    {
        var (earliest, latest) = Keys(e);
        _insert.Execute(e.Id, WireNames.Of(e.Kind), WireNames.Of(e.Status), e.Title, e.Date?.Edtf, e.Date?.Phrase, earliest, latest);
        var ord = 0;
        AppendEntities(e, [], [], ref ord);
        if (e.PlaceId is not null)
        {
            AddEntity(e, e.PlaceId, EventReader.PlaceRole, ref ord);
        }

        links.AddEvent(e.Id);
        _evidence.Append(e.Id, e.Evidence, 0);
    }

    public void Update(Event stored, Event merged)
    {
        var (earliest, latest) = Keys(merged);
        if (merged.Kind != stored.Kind || merged.Status != stored.Status || merged.Title != stored.Title || merged.Date != stored.Date)
        {
            _update.Execute(merged.Id, WireNames.Of(merged.Kind), WireNames.Of(merged.Status), merged.Title, merged.Date?.Edtf, merged.Date?.Phrase, earliest, latest);
            _updateEntities.Execute(merged.Id, earliest, latest, WireNames.Of(merged.Kind), WireNames.Of(merged.Status));
        }

        var ord = stored.Participants.Count + stored.Concerns.Count + (stored.PlaceId is null ? 0 : 1);
        if (merged.PlaceId != stored.PlaceId)
        {
            if (stored.PlaceId is null)
            {
                AddEntity(merged, merged.PlaceId!, EventReader.PlaceRole, ref ord);
            }
            else
            {
                _movePlace.Execute(merged.Id, merged.PlaceId);
            }
        }

        AppendEntities(merged, stored.Participants, stored.Concerns, ref ord);
        if (stored.PlaceId is { } left && left != merged.PlaceId && !merged.InvolvedEntityIds().Contains(left))
        {
            links.Recompute(left);
        }

        if (!merged.InvolvedEntityIds().SequenceEqual(stored.InvolvedEntityIds()))
        {
            links.AddEvent(merged.Id);
        }

        _evidence.Append(merged.Id, merged.Evidence, stored.Evidence.Count);
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _insertEntity.Dispose();
        _updateEntities.Dispose();
        _movePlace.Dispose();
        _evidence.Dispose();
    }

    private void AppendEntities(Event e, IReadOnlyList<Participant> storedParticipants, IReadOnlyList<string> storedConcerns, ref int ord)
    {
        for (var i = storedParticipants.Count; i < e.Participants.Count; i++)
        {
            AddEntity(e, e.Participants[i].EntityId, WireNames.Of(e.Participants[i].Role), ref ord);
        }

        for (var i = storedConcerns.Count; i < e.Concerns.Count; i++)
        {
            AddEntity(e, e.Concerns[i], EventReader.ConcernRole, ref ord);
        }
    }

    private void AddEntity(Event e, string entityId, string role, ref int ord)
    {
        var (earliest, latest) = Keys(e);
        _insertEntity.Execute(e.Id, ord++, entityId, role, earliest, latest, WireNames.Of(e.Kind), WireNames.Of(e.Status));
    }
}
