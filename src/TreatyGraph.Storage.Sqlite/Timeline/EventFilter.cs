using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Timeline;

/// <summary>
/// The SQL conditions of a timeline that do not depend on participants (kinds, status, date window) and
/// of one stand, written against any table with the columns <c>earliest, latest, kind, status</c>.
/// </summary>
internal static class EventFilter
{
    public static string Conditions(SqlBuilder sql, string alias, TimelineQuery query)
    {
        var parts = new List<string>();
        if (query.Kinds.Count > 0)
        {
            parts.Add($"{alias}.kind IN (SELECT value FROM json_each({sql.Parameter(SqlValues.Json(query.Kinds.Distinct().Select(WireNames.Of)))}))");
        }

        if (query.Status is { } status)
        {
            parts.Add($"{alias}.status = {sql.Parameter(WireNames.Of(status))}");
        }

        if (query.From is not null || query.To is not null)
        {
            // Overlap with [From.earliest, To.latest]; undated events (keys at long.MaxValue) never overlap.
            var from = (long)(query.From?.EarliestKey ?? FuzzyDate.OpenStartKey);
            var to = (long)(query.To?.LatestKey ?? FuzzyDate.OpenEndKey);
            parts.Add($"{alias}.earliest <= {sql.Parameter(to)} AND {alias}.latest >= {sql.Parameter(from)}");
        }

        return string.Join(" AND ", parts);
    }

    /// <summary>
    /// The event rows of one entity standing in any of the windows: no date condition for a window that
    /// spans all time (so undated events match the participant itself), overlap otherwise. In a per-event
    /// probe (<paramref name="probe"/>) a unary plus keeps SQLite on the event's primary key instead of the
    /// entity's index, which would scan all of a hub's events for every probe.
    /// </summary>
    public static string Stand(SqlBuilder sql, string alias, string entityId, IEnumerable<Stand> windows, bool probe = false)
    {
        var entity = $"{(probe ? "+" : string.Empty)}{alias}.entity_id = {sql.Parameter(entityId)}";
        var dated = new List<string>();
        foreach (var w in windows)
        {
            if (w.FromKey == FuzzyDate.OpenStartKey && w.ToKey == FuzzyDate.OpenEndKey)
            {
                return entity;
            }

            dated.Add($"({alias}.latest >= {sql.Parameter((long)w.FromKey)} AND {alias}.earliest <= {sql.Parameter((long)w.ToKey)})");
        }

        return $"{entity} AND ({string.Join(" OR ", dated)})";
    }
}
