using System.Globalization;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Events;

namespace TreatyGraph.Storage.Sqlite.Timeline;

/// <summary>
/// Timeline pages. Without participants: one ordered scan of <c>event_timeline</c>. With participants: one
/// arm per standing entity, each an ordered range scan of <c>event_entity_timeline</c> from the cursor,
/// combined by compound selects with <c>ORDER BY</c>, which SQLite runs as streaming merges (so a page stops
/// reading early and a count needs no temporary tree). ANY is the union of every arm; ALL is the
/// intersection of one arm per participant when each has a single entity, otherwise the union of the
/// group with the fewest entities, each event probed for the other groups. Before the arms, a page walks
/// the first <see cref="DenseScan"/> events of the whole timeline from its cursor and probes each: busy
/// participants (two states with a hundred leaders each) fill their page there in a few hundred probes
/// and one small statement, while rare ones go on to the arms from where the walk stopped. Totals are
/// counted only when the page request asks (<see cref="PageRequest.CountTotal"/>) and cached per graph
/// version (see <see cref="CountCache"/>).
/// </summary>
internal static class TimelineReader
{
    // Up to this many entities get an ordered arm each (SQLite allows 500 arms in a compound select);
    // beyond it, one arm joins the stands as a JSON table and sorts what it finds.
    private const int MaxArms = 64;

    public static async Task<Page<Event>> ReadAsync(SqliteConnection connection, CountCache counts, TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Page.First);
        TimelineCursor? after = query.Page.After is null ? null : TimelineCursor.Decode(query.Page.After);
        var groups = query.Participants
            .Where(g => g.Stands.Count > 0)
            .Select(g => g.Stands.GroupBy(s => s.EntityId, StringComparer.Ordinal).ToList())
            .ToList();
        if (query.Match == ParticipantMatch.All && groups.Count < query.Participants.Count)
        {
            return Page<Event>.Empty;
        }

        var total = query.Page.CountTotal ? await CountAsync(connection, counts, query, groups, cancellationToken) : 0;
        var wanted = query.Page.First + 1;
        var keys = new List<TimelineCursor>();
        var from = after;
        var done = false;
        if (groups.Count > 0)
        {
            // Participants in many events (two states, say) match densely along the whole timeline: walking it
            // in order and probing each event finds a page in a few hundred probes, whatever the stands.
            var last = await ScanTimelineAsync(connection, query, groups, after, wanted, keys, cancellationToken);
            done = last is null || keys.Count >= wanted;
            from = last ?? from;
        }

        if (!done)
        {
            var page = Build(query, groups, from, wanted - keys.Count);
            await using var command = page.ToCommand(connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(new TimelineCursor(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        var shown = keys.Take(query.Page.First).ToList();
        var events = await EventReader.GetAsync(connection, [.. shown.Select(k => k.Id)], cancellationToken);
        var edges = shown.Select(k => new Edge<Event>(events[k.Id], k.Encode())).ToList();
        return new Page<Event>(edges, keys.Count > query.Page.First, total);
    }

    // Events of the whole timeline a page walks before it turns to the participants' own index ranges.
    private const int DenseScan = 1000;

    // Groups of more entities than this are probed through a table of their stands rather than a chain of ORs.
    private const int ChainedStands = 8;

    /// <summary>
    /// Walks up to <see cref="DenseScan"/> events of the timeline from the cursor, adding those that match to
    /// <paramref name="keys"/> (up to <paramref name="wanted"/>). Returns the key of the last event walked
    /// when the page is still short and more events follow, null when nothing more is to be found.
    /// </summary>
    private static async Task<TimelineCursor?> ScanTimelineAsync(
        SqliteConnection connection, TimelineQuery query, List<List<IGrouping<string, Stand>>> groups, TimelineCursor? after, int wanted,
        List<TimelineCursor> keys, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder();
        sql.Append("SELECT e.earliest, e.latest, e.id FROM (SELECT w.earliest, w.latest, w.id FROM event w");
        Where(sql, [EventFilter.Conditions(sql, "w", query), Cursor(sql, "w", "id", after)]);
        sql.Append(" ORDER BY w.earliest, w.latest, w.id LIMIT ").Append(sql.Parameter(DenseScan)).Append(") e WHERE ");
        sql.Append(query.Match == ParticipantMatch.All
            ? string.Join(" AND ", groups.Select(g => Involves(sql, g, "e.id")))
            : Involves(sql, [.. groups.SelectMany(g => g)], "e.id"));
        sql.Append(" LIMIT ").Append(sql.Parameter(wanted));
        await using (var command = sql.ToCommand(connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(new TimelineCursor(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        if (keys.Count >= wanted)
        {
            return null;
        }

        var last = new SqlBuilder();
        last.Append("SELECT w.earliest, w.latest, w.id FROM event w");
        Where(last, [EventFilter.Conditions(last, "w", query), Cursor(last, "w", "id", after)]);
        last.Append(" ORDER BY w.earliest, w.latest, w.id LIMIT 1 OFFSET ").Append(last.Parameter(DenseScan - 1));
        await using (var command = last.ToCommand(connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            return await reader.ReadAsync(cancellationToken)
                ? new TimelineCursor(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2))
                : null;
        }
    }

    private static async Task<int> CountAsync(
        SqliteConnection connection, CountCache counts, TimelineQuery query, List<List<IGrouping<string, Stand>>> groups, CancellationToken cancellationToken)
    {
        var sql = Build(query, groups, after: null, limit: null);
        sql.Text.Insert(0, "SELECT COUNT(*) FROM (").Append(')');
        var key = sql.Key();
        var version = Convert.ToInt64(await connection.ScalarAsync("SELECT version FROM graph_version", cancellationToken), CultureInfo.InvariantCulture);
        if (counts.TryGet(key, version, out var cached))
        {
            return cached;
        }

        await using var command = sql.ToCommand(connection);
        var count = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        counts.Set(key, version, count);
        return count;
    }

    private static SqlBuilder Build(TimelineQuery query, List<List<IGrouping<string, Stand>>> groups, TimelineCursor? after, int? limit)
    {
        var sql = new SqlBuilder();
        if (groups.Count == 0)
        {
            sql.Append("SELECT e.earliest, e.latest, e.id FROM event e");
            Where(sql, [EventFilter.Conditions(sql, "e", query), Cursor(sql, "e", "id", after)]);
            sql.Append(limit is null ? string.Empty : " ORDER BY e.earliest, e.latest, e.id");
        }
        else if (query.Match == ParticipantMatch.Any)
        {
            Arms(sql, query, [.. groups.SelectMany(g => g)], after, " UNION ", []);
            sql.Append(" ORDER BY 1, 2, 3");
        }
        else if (groups.Count <= MaxArms && groups.All(g => g.Count == 1))
        {
            Arms(sql, query, [.. groups.Select(g => g[0])], after, " INTERSECT ", []);
            sql.Append(" ORDER BY 1, 2, 3");
        }
        else
        {
            var driving = groups.MinBy(g => g.Count)!;
            Arms(sql, query, driving, after, " UNION ", [.. groups.Where(g => !ReferenceEquals(g, driving))]);
            sql.Append(" ORDER BY 1, 2, 3");
        }

        if (limit is { } n)
        {
            sql.Append(" LIMIT ").Append(sql.Parameter(n));
        }

        return sql;
    }

    private static void Arms(
        SqlBuilder sql,
        TimelineQuery query,
        List<IGrouping<string, Stand>> entities,
        TimelineCursor? after,
        string combine,
        List<List<IGrouping<string, Stand>>> probed)
    {
        if (entities.Count > MaxArms)
        {
            if (combine == " INTERSECT ")
            {
                throw new InvalidOperationException("ALL with one entity per participant never has that many arms.");
            }

            sql.Append("SELECT DISTINCT m.earliest, m.latest, m.event_id FROM ").Append(StandTable(sql, entities))
                .Append(" s JOIN event_entity m ON m.entity_id = s.entity_id");
            Where(sql, [StandWindow("s", "m"), EventFilter.Conditions(sql, "m", query), Cursor(sql, "m", "event_id", after), .. probed.Select(g => Involves(sql, g, "m.event_id"))]);
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            sql.Append(i == 0 ? string.Empty : combine);
            sql.Append("SELECT m.earliest, m.latest, m.event_id FROM event_entity m");
            var conditions = new List<string>
            {
                EventFilter.Stand(sql, "m", entities[i].Key, entities[i]),
                EventFilter.Conditions(sql, "m", query),
                Cursor(sql, "m", "event_id", after),
            };
            conditions.AddRange(probed.Select(g => Involves(sql, g, "m.event_id")));
            Where(sql, conditions);
        }
    }

    // Stands as rows (entity_id, whole, from_key, to_key) from one JSON parameter.
    private static string StandTable(SqlBuilder sql, List<IGrouping<string, Stand>> entities)
    {
        var rows = entities.SelectMany(e => e).Select(s => new object[]
        {
            s.EntityId,
            s.FromKey == Core.Time.FuzzyDate.OpenStartKey && s.ToKey == Core.Time.FuzzyDate.OpenEndKey ? 1 : 0,
            s.FromKey,
            s.ToKey,
        });
        var json = System.Text.Json.JsonSerializer.Serialize(rows);
        return sql.Table($"SELECT value ->> 0 AS entity_id, value ->> 1 AS whole, value ->> 2 AS from_key, value ->> 3 AS to_key FROM json_each({sql.Parameter(json)})");
    }

    private static string StandWindow(string stand, string row) =>
        $"({stand}.whole = 1 OR ({row}.latest >= {stand}.from_key AND {row}.earliest <= {stand}.to_key))";

    // Whether the event (id in eventId) involves one of the group's stands inside its window. Large groups
    // test membership against a list subquery (one index for the statement), then the matching stand's window.
    private static string Involves(SqlBuilder sql, List<IGrouping<string, Stand>> group, string eventId)
    {
        if (group.Count > ChainedStands)
        {
            var stands = StandTable(sql, group);
            return $"EXISTS (SELECT 1 FROM event_entity x WHERE x.event_id = {eventId} AND x.entity_id IN (SELECT entity_id FROM {stands}) "
                + $"AND EXISTS (SELECT 1 FROM {stands} s WHERE s.entity_id = x.entity_id AND {StandWindow("s", "x")}))";
        }

        var chain = group.Select(e => $"({EventFilter.Stand(sql, "x", e.Key, e, probe: true)})");
        return $"EXISTS (SELECT 1 FROM event_entity x WHERE x.event_id = {eventId} AND ({string.Join(" OR ", chain)}))";
    }

    private static string Cursor(SqlBuilder sql, string alias, string idColumn, TimelineCursor? after) =>
        after is not { } c
            ? string.Empty
            : $"({alias}.earliest, {alias}.latest, {alias}.{idColumn}) > ({sql.Parameter(c.EarliestKey)}, {sql.Parameter(c.LatestKey)}, {sql.Parameter(c.Id)})";

    private static void Where(SqlBuilder sql, IEnumerable<string> conditions)
    {
        var present = conditions.Where(c => c.Length > 0).ToList();
        if (present.Count > 0)
        {
            sql.Append(" WHERE ").Append(string.Join(" AND ", present));
        }
    }
}
