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
/// group with the fewest entities, each event probed for the other groups. Totals are cached per graph
/// version (see <see cref="CountCache"/>).
/// </summary>
internal static class TimelineReader
{
    // SQLite refuses compound selects of more than 500 arms.
    private const int MaxArms = 500;

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

        var total = await CountAsync(connection, counts, query, groups, cancellationToken);
        var keys = new List<TimelineCursor>();
        var page = Build(query, groups, after, query.Page.First + 1);
        await using (var command = page.ToCommand(connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
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
        else if (groups.All(g => g.Count == 1))
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
            throw new ArgumentException($"A timeline may follow at most {MaxArms} entities at once; this one follows {entities.Count}.", nameof(query));
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
            conditions.AddRange(probed.Select(g => Involves(sql, g)));
            Where(sql, conditions);
        }
    }

    private static string Involves(SqlBuilder sql, List<IGrouping<string, Stand>> group)
    {
        var stands = group.Select(e => $"({EventFilter.Stand(sql, "x", e.Key, e, probe: true)})");
        return $"EXISTS (SELECT 1 FROM event_entity x WHERE x.event_id = m.event_id AND ({string.Join(" OR ", stands)}))";
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
