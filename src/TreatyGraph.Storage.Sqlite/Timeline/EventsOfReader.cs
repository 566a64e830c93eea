using System.Globalization;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Events;

namespace TreatyGraph.Storage.Sqlite.Timeline;

/// <summary>
/// The events each of many entities is involved in, a page per entity in timeline order: one statement with
/// an ordered, limited arm per entity (<c>UNION ALL</c>) plus one grouped count.
/// </summary>
internal static class EventsOfReader
{
    private const int EntitiesPerStatement = 200;

    public static async Task<IReadOnlyDictionary<string, Page<Event>>> ReadAsync(
        SqliteConnection connection, IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.First);
        TimelineCursor? after = page.After is null ? null : TimelineCursor.Decode(page.After);
        var ids = entityIds.Distinct(StringComparer.Ordinal).ToList();
        var totals = await CountAsync(connection, ids, cancellationToken);
        var keys = new Dictionary<string, List<TimelineCursor>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(EntitiesPerStatement))
        {
            var sql = new SqlBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? string.Empty : " UNION ALL ");
                sql.Append("SELECT * FROM (SELECT DISTINCT ").Append(sql.Parameter(chunk[i]))
                    .Append(" AS anchor, m.earliest, m.latest, m.event_id FROM event_entity m WHERE m.entity_id = ").Append(sql.Parameter(chunk[i]));
                if (after is { } c)
                {
                    sql.Append($" AND (m.earliest, m.latest, m.event_id) > ({sql.Parameter(c.EarliestKey)}, {sql.Parameter(c.LatestKey)}, {sql.Parameter(c.Id)})");
                }

                sql.Append(" ORDER BY m.earliest, m.latest, m.event_id LIMIT ").Append(sql.Parameter(page.First + 1)).Append(")");
            }

            await using var command = sql.ToCommand(connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetString(0), new TimelineCursor(reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3)));
            }
        }

        var events = await EventReader.GetAsync(
            connection, [.. keys.Values.SelectMany(k => k.Take(page.First)).Select(k => k.Id).Distinct(StringComparer.Ordinal)], cancellationToken);
        var result = new Dictionary<string, Page<Event>>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var found = keys.GetValueOrDefault(id) ?? [];
            var edges = found.Take(page.First).Select(k => new Edge<Event>(events[k.Id], k.Encode())).ToList();
            result[id] = new Page<Event>(edges, found.Count > page.First, totals.GetValueOrDefault(id));
        }

        return result;
    }

    private static async Task<Dictionary<string, int>> CountAsync(SqliteConnection connection, List<string> ids, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = connection.Command(
            "SELECT entity_id, COUNT(DISTINCT event_id) FROM event_entity WHERE entity_id IN (SELECT value FROM json_each($ids)) GROUP BY entity_id",
            ("$ids", SqlValues.Json(ids)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            totals[reader.GetString(0)] = Convert.ToInt32(reader.GetInt64(1), CultureInfo.InvariantCulture);
        }

        return totals;
    }
}
