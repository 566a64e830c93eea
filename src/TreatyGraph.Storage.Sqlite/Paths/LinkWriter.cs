using Microsoft.Data.Sqlite;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Paths;

/// <summary>
/// Keeps <c>entity_link</c> (both directions of every pair, the smallest relation id and event id between
/// them) in step with relations and <c>event_entity</c>. Writers note what they touched and the links are
/// upserted once per batch, set-wise and in key order: a hub in thousands of a batch's events costs one
/// row per neighbour, not one statement per pair per event.
/// </summary>
internal sealed class LinkWriter(SqliteConnection connection) : IDisposable
{
    private const string KeepSmallestEvent =
        " ON CONFLICT (entity_id, neighbour_id) DO UPDATE SET event_id = excluded.event_id"
        + " WHERE entity_link.event_id IS NULL OR excluded.event_id < entity_link.event_id";

    private readonly List<string> _events = [];
    private readonly List<string> _relations = [];

    private readonly PreparedCommand _clearReverse = new(
        connection,
        """
        UPDATE entity_link SET event_id = NULL
        WHERE (entity_id, neighbour_id) IN (SELECT neighbour_id, entity_id FROM entity_link WHERE entity_id = $entity)
        """,
        "$entity");

    private readonly PreparedCommand _clear = new(connection, "UPDATE entity_link SET event_id = NULL WHERE entity_id = $entity", "$entity");

    private readonly PreparedCommand _dropReverse = new(
        connection,
        """
        DELETE FROM entity_link WHERE relation_id IS NULL AND event_id IS NULL
            AND (entity_id, neighbour_id) IN (SELECT neighbour_id, entity_id FROM entity_link WHERE entity_id = $entity)
        """,
        "$entity");

    private readonly PreparedCommand _drop = new(
        connection, "DELETE FROM entity_link WHERE entity_id = $entity AND relation_id IS NULL AND event_id IS NULL", "$entity");

    private readonly PreparedCommand _rebuild = new(
        connection,
        """
        INSERT INTO entity_link (entity_id, neighbour_id, event_id)
        SELECT $entity, b.entity_id, min(a.event_id)
        FROM event_entity a JOIN event_entity b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id
        WHERE a.entity_id = $entity GROUP BY b.entity_id
        """ + KeepSmallestEvent,
        "$entity");

    private readonly PreparedCommand _rebuildReverse = new(
        connection,
        """
        INSERT INTO entity_link (entity_id, neighbour_id, event_id)
        SELECT b.entity_id, $entity, min(a.event_id)
        FROM event_entity a JOIN event_entity b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id
        WHERE a.entity_id = $entity GROUP BY b.entity_id
        """ + KeepSmallestEvent,
        "$entity");

    /// <summary>The event's involved entities are now linked through it (applied by <see cref="Flush"/>).</summary>
    public void AddEvent(string eventId) => _events.Add(eventId);

    /// <summary>The relation's two ends are now linked through it (applied by <see cref="Flush"/>).</summary>
    public void AddRelation(string relationId) => _relations.Add(relationId);

    /// <summary>
    /// An entity left an event (the only way one does): its event links may have named that event, so they
    /// are recomputed from the events that involve it now.
    /// </summary>
    public void Recompute(string entityId)
    {
        _clearReverse.Execute(entityId);
        _clear.Execute(entityId);
        _dropReverse.Execute(entityId);
        _drop.Execute(entityId);
        _rebuild.Execute(entityId);
        _rebuildReverse.Execute(entityId);
    }

    /// <summary>Upserts the links of the events and relations noted since the last flush.</summary>
    public void Flush()
    {
        if (_events.Count > 0)
        {
            using var command = connection.Command(
                """
                INSERT INTO entity_link (entity_id, neighbour_id, event_id)
                SELECT a.entity_id, b.entity_id, min(a.event_id)
                FROM json_each($ids) j
                JOIN event_entity a ON a.event_id = j.value
                JOIN event_entity b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id
                WHERE true
                GROUP BY a.entity_id, b.entity_id
                """ + KeepSmallestEvent,
                ("$ids", SqlValues.Json(_events)));
            command.ExecuteNonQuery();
            _events.Clear();
        }

        if (_relations.Count > 0)
        {
            using var command = connection.Command(
                """
                INSERT INTO entity_link (entity_id, neighbour_id, relation_id)
                SELECT e, n, min(id) FROM (
                    SELECT r.from_id AS e, r.to_id AS n, r.id AS id FROM json_each($ids) j JOIN relation r ON r.id = j.value
                    UNION ALL
                    SELECT r.to_id, r.from_id, r.id FROM json_each($ids) j JOIN relation r ON r.id = j.value)
                WHERE e <> n
                GROUP BY e, n
                ON CONFLICT (entity_id, neighbour_id) DO UPDATE SET relation_id = excluded.relation_id
                WHERE entity_link.relation_id IS NULL OR excluded.relation_id < entity_link.relation_id
                """,
                ("$ids", SqlValues.Json(_relations)));
            command.ExecuteNonQuery();
            _relations.Clear();
        }
    }

    public void Dispose()
    {
        _clearReverse.Dispose();
        _clear.Dispose();
        _dropReverse.Dispose();
        _drop.Dispose();
        _rebuild.Dispose();
        _rebuildReverse.Dispose();
    }
}
