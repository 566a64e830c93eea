using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Provenance;

namespace TreatyGraph.Storage.Sqlite.Events;

/// <summary>Loads whole events (participants, place, concerns, evidence) for many ids in three queries.</summary>
internal static class EventReader
{
    /// <summary>The role stored for an event's place in <c>event_entity</c>.</summary>
    public const string PlaceRole = "place";

    /// <summary>The role stored for an entity an event concerns in <c>event_entity</c>.</summary>
    public const string ConcernRole = "concern";

    private const string Columns = "id, kind, status, title, date, date_phrase";

    public static async Task<Dictionary<string, Event>> GetAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Event>(StringComparer.Ordinal);
        }

        var json = SqlValues.Json(ids);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM event WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", json));
        var rows = await ReadRowsAsync(command, cancellationToken);
        return await CompleteAsync(connection, rows, json, cancellationToken);
    }

    /// <summary>Up to <paramref name="limit"/> events after <paramref name="afterId"/> in id order.</summary>
    public static async Task<IReadOnlyList<Event>> ScanAsync(SqliteConnection connection, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {Columns} FROM event WHERE id > $after ORDER BY id LIMIT $limit", ("$after", afterId ?? string.Empty), ("$limit", limit));
        var rows = await ReadRowsAsync(command, cancellationToken);
        var complete = await CompleteAsync(connection, rows, SqlValues.Json(rows.Select(r => r.Id)), cancellationToken);
        return [.. rows.Select(r => complete[r.Id])];
    }

    private static async Task<List<Event>> ReadRowsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<Event>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Event(
                reader.GetString(0),
                WireNames.ParseEventKind(reader.GetString(1)),
                WireNames.ParseEventStatus(reader.GetString(2)),
                reader.GetString(3),
                SqlValues.Date(reader.GetStringOrNull(4), reader.GetStringOrNull(5))));
        }

        return rows;
    }

    private static async Task<Dictionary<string, Event>> CompleteAsync(
        SqliteConnection connection, List<Event> rows, string idsJson, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Event>(rows.Count, StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return result;
        }

        var participants = new Dictionary<string, List<Participant>>(StringComparer.Ordinal);
        var concerns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = connection.Command(
            "SELECT event_id, entity_id, role FROM event_entity WHERE event_id IN (SELECT value FROM json_each($ids)) ORDER BY event_id, ord",
            ("$ids", idsJson)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var eventId = reader.GetString(0);
                var entityId = reader.GetString(1);
                switch (reader.GetString(2))
                {
                    case PlaceRole:
                        places[eventId] = entityId;
                        break;
                    case ConcernRole:
                        concerns.Add(eventId, entityId);
                        break;
                    case var role:
                        participants.Add(eventId, new Participant(entityId, WireNames.ParseParticipantRole(role)));
                        break;
                }
            }
        }

        var evidence = await EvidenceReader.GetAsync(connection, EvidenceTable.OfEvents, idsJson, cancellationToken);
        foreach (var row in rows)
        {
            result[row.Id] = row with
            {
                Participants = participants.GetValueOrDefault(row.Id) ?? [],
                PlaceId = places.GetValueOrDefault(row.Id),
                Concerns = concerns.GetValueOrDefault(row.Id) ?? [],
                Evidence = evidence.GetValueOrDefault(row.Id) ?? [],
            };
        }

        return result;
    }
}
