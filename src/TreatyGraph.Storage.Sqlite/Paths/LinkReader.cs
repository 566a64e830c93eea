using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Paths;

/// <summary>
/// The hops out of a frontier for path search. Per (entity, neighbour) pair it returns only what
/// <see cref="PathFinder"/> uses, the relation with the smallest id and the event with the smallest id,
/// so a hub's thousands of shared events arrive as one row per neighbour (read from <c>entity_link</c>
/// when no as-of date is given, grouped from <c>relation</c> and <c>event_entity</c> when one is).
/// </summary>
internal static class LinkReader
{
    public static async Task<IReadOnlyList<Link>> ExpandAsync(
        SqliteConnection connection, IReadOnlyCollection<string> entityIds, FuzzyDate? asOf, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return [];
        }

        var ids = SqlValues.Json(entityIds.Distinct(StringComparer.Ordinal));
        var links = new List<Link>();
        if (asOf is null)
        {
            await using var stored = connection.Command(
                "SELECT p.entity_id, p.neighbour_id, p.relation_id, p.event_id FROM json_each($ids) j JOIN entity_link p ON p.entity_id = j.value",
                ("$ids", ids));
            await using var rows = await stored.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                var (from, to) = (rows.GetString(0), rows.GetString(1));
                if (!rows.IsDBNull(2))
                {
                    links.Add(new Link(from, to, rows.GetString(2), null));
                }

                if (!rows.IsDBNull(3))
                {
                    links.Add(new Link(from, to, null, rows.GetString(3)));
                }
            }

            return links;
        }

        const string RelationValid = " AND r.start_key <= $asOfLatest AND r.end_key >= $asOfEarliest";
        await using var command = connection.Command(
            $"""
            SELECT j.value, r.to_id, min(r.id), 1 FROM json_each($ids) j JOIN relation r ON r.from_id = j.value
            WHERE r.to_id <> j.value{RelationValid} GROUP BY j.value, r.to_id
            UNION ALL
            SELECT j.value, r.from_id, min(r.id), 1 FROM json_each($ids) j JOIN relation r ON r.to_id = j.value
            WHERE r.from_id <> j.value{RelationValid} GROUP BY j.value, r.from_id
            UNION ALL
            SELECT m.entity_id, o.entity_id, min(m.event_id), 0 FROM json_each($ids) j
            JOIN event_entity m ON m.entity_id = j.value
            JOIN event_entity o ON o.event_id = m.event_id AND o.entity_id <> m.entity_id
            WHERE m.earliest <= $asOfLatest GROUP BY m.entity_id, o.entity_id
            """,
            ("$ids", ids),
            ("$asOfLatest", asOf.LatestKey),
            ("$asOfEarliest", asOf.EarliestKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var fact = reader.GetString(2);
            links.Add(reader.GetInt32(3) == 1
                ? new Link(reader.GetString(0), reader.GetString(1), fact, null)
                : new Link(reader.GetString(0), reader.GetString(1), null, fact));
        }

        return links;
    }
}
