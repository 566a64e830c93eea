using System.Globalization;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Events;

namespace TreatyGraph.Storage.Sqlite.Timeline;

/// <summary>
/// Timeline pages. Without participants: one ordered scan of <c>event_timeline</c>. With participants: one
/// arm per standing entity, each an ordered range scan of <c>event_entity_timeline</c> starting at the
/// cursor, merged by a compound <c>UNION ... ORDER BY ... LIMIT</c> (SQLite merges ordered arms, so a page
/// stops reading early). ALL keeps the group with the fewest stands as arms and probes the others per event.
/// </summary>
internal static class TimelineReader
{
    // SQLite refuses compound selects of more than 500 arms.
    private const int MaxArms = 500;

    public static async Task<Page<Event>> ReadAsync(SqliteConnection connection, TimelineQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Page.First);
        TimelineCursor? after = query.Page.After is null ? null : TimelineCursor.Decode(query.Page.After);
        var groups = query.Participants.Where(g => g.Stands.Count > 0).ToList();
        if (query.Match == ParticipantMatch.All && groups.Count < query.Participants.Count)
        {
            return Page<Event>.Empty;
        }

        var total = await CountAsync(connection, query, groups, cancellationToken);
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
        SqliteConnection connection, TimelineQuery query, List<ParticipantGroup> groups, CancellationToken cancellationToken)
    {
        var sql = Build(query, groups, after: null, limit: null);
        sql.Text.Insert(0, "SELECT COUNT(*) FROM (").Append(')');
        await using var command = sql.ToCommand(connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static SqlBuilder Build(TimelineQuery query, List<ParticipantGroup> groups, TimelineCursor? after, int? limit)
    {
        var sql = new SqlBuilder();
        if (groups.Count == 0)
        {
            sql.Append("SELECT e.earliest, e.latest, e.id FROM event e");
            Where(sql, [EventFilter.Conditions(sql, "e", query), Cursor(sql, "e", "id", after)]);
            sql.Append(limit is null ? string.Empty : " ORDER BY e.earliest, e.latest, e.id");
        }
        else
        {
            var arms = query.Match == ParticipantMatch.All ? groups.MinBy(g => g.Stands.Count)! : null;
            var armStands = arms is null ? groups.SelectMany(g => g.Stands) : arms.Stands;
            var byEntity = armStands.GroupBy(s => s.EntityId, StringComparer.Ordinal).ToList();
            if (byEntity.Count > MaxArms)
            {
                throw new ArgumentException($"A timeline may follow at most {MaxArms} entities at once; this one follows {byEntity.Count}.", nameof(query));
            }

            var first = true;
            foreach (var entity in byEntity)
            {
                sql.Append(first ? string.Empty : " UNION ");
                first = false;
                sql.Append("SELECT m.earliest, m.latest, m.event_id FROM event_entity m");
                var conditions = new List<string>
                {
                    EventFilter.Stand(sql, "m", entity.Key, entity),
                    EventFilter.Conditions(sql, "m", query),
                    Cursor(sql, "m", "event_id", after),
                };
                foreach (var other in arms is null ? [] : groups.Where(g => !ReferenceEquals(g, arms)))
                {
                    conditions.Add(Involves(sql, other));
                }

                Where(sql, conditions);
            }

            sql.Append(limit is null ? string.Empty : " ORDER BY 1, 2, 3");
        }

        if (limit is { } n)
        {
            sql.Append(" LIMIT ").Append(sql.Parameter(n));
        }

        return sql;
    }

    private static string Involves(SqlBuilder sql, ParticipantGroup group)
    {
        var stands = group.Stands
            .GroupBy(s => s.EntityId, StringComparer.Ordinal)
            .Select(e => $"({EventFilter.Stand(sql, "x", e.Key, e)})");
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
