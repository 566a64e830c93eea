using System.Globalization;
using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Paths;

/// <summary>
/// The answer of <see cref="PathFinder"/> for paths of up to three hops without an as-of date, computed in
/// SQL over <c>entity_link</c> so that hubs are never expanded whole. Every entity's neighbours are one key
/// range in id order, so the middles of two-hop paths are an ordered join of two ranges, driven by the
/// smaller one and stopped after the paths still wanted; three-hop paths repeat that join from each
/// neighbour of the end with fewer neighbours. Same paths, same order, same hops as <see cref="PathFinder"/>:
/// shorter first, then by entity ids along the path, one link per pair (relation with the smallest id,
/// else event with the smallest id).
/// </summary>
internal sealed class LinkPaths : IDisposable
{
    /// <summary>The longest paths this search answers; longer ones (and as-of queries) go to <see cref="PathFinder"/>.</summary>
    public const int MaxHops = 3;

    // Degrees are compared up to this many neighbours: past it, either side may drive.
    private const int DegreeCap = 20_000;

    private readonly SqliteCommand _direct;
    private readonly PreparedCommand _degree;
    private readonly SqliteCommand _neighbours;
    private readonly SqliteCommand _common;

    private LinkPaths(SqliteConnection connection)
    {
        _direct = connection.Command(
            "SELECT relation_id, event_id FROM entity_link WHERE entity_id = $a AND neighbour_id = $b", ("$a", string.Empty), ("$b", string.Empty));
        _degree = new PreparedCommand(
            connection, "SELECT count(*) FROM (SELECT 1 FROM entity_link WHERE entity_id = $a LIMIT $cap)", "$a", "$cap");
        _neighbours = connection.Command(
            "SELECT neighbour_id, relation_id, event_id FROM entity_link WHERE entity_id = $a ORDER BY neighbour_id", ("$a", string.Empty));
        // CROSS JOIN keeps the driving side outside: its key range is read in id order, the other probed by key.
        _common = connection.Command(
            """
            SELECT d.neighbour_id, d.relation_id, d.event_id, p.relation_id, p.event_id
            FROM entity_link d CROSS JOIN entity_link p
            WHERE d.entity_id = $drive AND p.entity_id = $probe AND p.neighbour_id = d.neighbour_id
                AND d.neighbour_id <> $not1 AND d.neighbour_id <> $not2
            ORDER BY d.neighbour_id LIMIT $limit
            """,
            ("$drive", string.Empty),
            ("$probe", string.Empty),
            ("$not1", string.Empty),
            ("$not2", string.Empty),
            ("$limit", 0));
    }

    public static async Task<IReadOnlyList<GraphPath>> FindAsync(SqliteConnection connection, PathQuery query, CancellationToken cancellationToken)
    {
        if (query.AsOf is not null || query.MaxHops > MaxHops)
        {
            throw new ArgumentException("Only paths of up to three hops without an as-of date are found here.", nameof(query));
        }

        using var search = new LinkPaths(connection);
        return await search.FindAsync(query.FromId, query.ToId, query.MaxHops, query.First, cancellationToken);
    }

    public void Dispose()
    {
        _direct.Dispose();
        _degree.Dispose();
        _neighbours.Dispose();
        _common.Dispose();
    }

    private static Link Step(string from, string to, string? relationId, string? eventId) =>
        relationId is not null ? new Link(from, to, relationId, null) : new Link(from, to, null, eventId);

    private async Task<IReadOnlyList<GraphPath>> FindAsync(string from, string to, int maxHops, int first, CancellationToken cancellationToken)
    {
        var paths = new List<GraphPath>();
        if (first <= 0 || string.Equals(from, to, StringComparison.Ordinal))
        {
            return paths;
        }

        _direct.Parameters["$a"].Value = from;
        _direct.Parameters["$b"].Value = to;
        await using (var reader = await _direct.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                paths.Add(new GraphPath([Step(from, to, reader.GetStringOrNull(0), reader.GetStringOrNull(1))]));
            }
        }

        if (paths.Count >= first || maxHops < 2)
        {
            return paths;
        }

        var fromDegree = Degree(from);
        var toDegree = Degree(to);
        foreach (var m in await CommonAsync(from, fromDegree, to, toDegree, to, from, first - paths.Count, cancellationToken))
        {
            paths.Add(new GraphPath([Step(from, m.Id, m.ARelation, m.AEvent), Step(m.Id, to, m.BRelation, m.BEvent)]));
        }

        if (paths.Count >= first || maxHops < 3)
        {
            return paths;
        }

        var wanted = first - paths.Count;
        if (fromDegree <= toDegree)
        {
            // Middles in id order from the near end; each one's onward middles come in id order too.
            foreach (var x in await NeighboursAsync(from, cancellationToken))
            {
                if (string.Equals(x.Id, to, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var y in await CommonAsync(x.Id, Degree(x.Id), to, toDegree, from, from, wanted, cancellationToken))
                {
                    paths.Add(new GraphPath([Step(from, x.Id, x.ARelation, x.AEvent), Step(x.Id, y.Id, y.ARelation, y.AEvent), Step(y.Id, to, y.BRelation, y.BEvent)]));
                    wanted--;
                }

                if (wanted == 0)
                {
                    break;
                }
            }

            return paths;
        }

        // From the far end: the first middles of each of its neighbours, then the best of all of them.
        var found = new List<(string X, string Y, Link[] Steps)>();
        foreach (var y in await NeighboursAsync(to, cancellationToken))
        {
            if (string.Equals(y.Id, from, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var x in await CommonAsync(from, fromDegree, y.Id, Degree(y.Id), to, to, wanted, cancellationToken))
            {
                found.Add((x.Id, y.Id, [Step(from, x.Id, x.ARelation, x.AEvent), Step(x.Id, y.Id, x.BRelation, x.BEvent), Step(y.Id, to, y.ARelation, y.AEvent)]));
            }
        }

        paths.AddRange(found
            .OrderBy(f => f.X, StringComparer.Ordinal)
            .ThenBy(f => f.Y, StringComparer.Ordinal)
            .Take(wanted)
            .Select(f => new GraphPath(f.Steps)));
        return paths;
    }

    private int Degree(string id) => Convert.ToInt32(_degree.Scalar(id, DegreeCap), CultureInfo.InvariantCulture);

    private async Task<List<Neighbour>> NeighboursAsync(string id, CancellationToken cancellationToken)
    {
        _neighbours.Parameters["$a"].Value = id;
        var result = new List<Neighbour>();
        await using var reader = await _neighbours.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new Neighbour(reader.GetString(0), reader.GetStringOrNull(1), reader.GetStringOrNull(2), null, null));
        }

        return result;
    }

    // Entities linked to both a and b except the two excluded, in id order, with the links from a (A) and to b (B).
    private async Task<List<Neighbour>> CommonAsync(
        string a, int aDegree, string b, int bDegree, string not1, string not2, int limit, CancellationToken cancellationToken)
    {
        var aDrives = aDegree <= bDegree;
        _common.Parameters["$drive"].Value = aDrives ? a : b;
        _common.Parameters["$probe"].Value = aDrives ? b : a;
        _common.Parameters["$not1"].Value = not1;
        _common.Parameters["$not2"].Value = not2;
        _common.Parameters["$limit"].Value = limit;
        var result = new List<Neighbour>();
        await using var reader = await _common.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (driveRelation, driveEvent) = (reader.GetStringOrNull(1), reader.GetStringOrNull(2));
            var (probeRelation, probeEvent) = (reader.GetStringOrNull(3), reader.GetStringOrNull(4));
            result.Add(aDrives
                ? new Neighbour(reader.GetString(0), driveRelation, driveEvent, probeRelation, probeEvent)
                : new Neighbour(reader.GetString(0), probeRelation, probeEvent, driveRelation, driveEvent));
        }

        return result;
    }

    // A neighbour with its link to one end (A) and, for common neighbours, to the other (B).
    private sealed record Neighbour(string Id, string? ARelation, string? AEvent, string? BRelation, string? BEvent);
}
