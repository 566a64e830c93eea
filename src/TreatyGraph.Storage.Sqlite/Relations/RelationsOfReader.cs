using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Sqlite.Timeline;

namespace TreatyGraph.Storage.Sqlite.Relations;

/// <summary>
/// Relations touching many entities in one statement (outgoing and incoming arms over their indexes),
/// ordered per entity by type (wire name, ordinal), start (open starts first), then id.
/// </summary>
internal static class RelationsOfReader
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> ReadAsync(
        SqliteConnection connection, IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
        {
            return result;
        }

        var sql = new SqlBuilder();
        var ids = sql.Parameter(Database.SqlValues.Json(entityIds.Distinct(StringComparer.Ordinal)));
        var filter = Filter(sql, query);
        var arms = new List<string>();
        if (query.Direction != RelationDirection.Incoming)
        {
            arms.Add($"SELECT {RelationReader.Columns}, j.value FROM json_each({ids}) j JOIN relation r ON r.from_id = j.value{filter}");
        }

        if (query.Direction != RelationDirection.Outgoing)
        {
            // A relation from an entity to itself is already in the outgoing arm.
            var self = query.Direction == RelationDirection.Both ? " AND r.from_id <> r.to_id" : string.Empty;
            arms.Add($"SELECT {RelationReader.Columns}, j.value FROM json_each({ids}) j JOIN relation r ON r.to_id = j.value{filter}{self}");
        }

        sql.Append(string.Join(" UNION ALL ", arms));
        var anchors = new List<string>();
        List<Relation> rows;
        await using (var command = sql.ToCommand(connection))
        {
            rows = await RelationReader.ReadRowsAsync(command, cancellationToken, anchors);
        }

        rows = await RelationReader.WithEvidenceAsync(connection, rows, cancellationToken);
        var grouped = new Dictionary<string, List<(Relation Relation, string Id)>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            Database.Grouping.Add(grouped, anchors[i], (rows[i], rows[i].Id));
        }

        foreach (var id in entityIds)
        {
            result[id] = grouped.TryGetValue(id, out var list)
                ? [.. list
                    .OrderBy(r => WireNames.Of(r.Relation.Type), StringComparer.Ordinal)
                    .ThenBy(r => r.Relation.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey)
                    .ThenBy(r => r.Id, StringComparer.Ordinal)
                    .Select(r => r.Relation)]
                : [];
        }

        return result;
    }

    private static string Filter(SqlBuilder sql, RelationQuery query)
    {
        var filter = string.Empty;
        if (query.Types.Count > 0)
        {
            filter += $" AND r.type IN (SELECT value FROM json_each({sql.Parameter(Database.SqlValues.Json(query.Types.Distinct().Select(WireNames.Of)))}))";
        }

        if (query.AsOf is { } asOf)
        {
            filter += $" AND r.start_key <= {sql.Parameter(asOf.LatestKey)} AND r.end_key >= {sql.Parameter(asOf.EarliestKey)}";
        }

        return filter;
    }
}
