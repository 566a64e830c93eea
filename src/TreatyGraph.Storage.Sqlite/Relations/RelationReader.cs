using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Provenance;

namespace TreatyGraph.Storage.Sqlite.Relations;

/// <summary>Reads relation rows with their evidence.</summary>
internal static class RelationReader
{
    /// <summary>The columns <see cref="ReadRowsAsync"/> expects first, prefixed by table alias <c>r</c>.</summary>
    public const string Columns = "r.id, r.type, r.from_id, r.to_id, r.role, r.valid_from, r.valid_from_phrase, r.valid_to, r.valid_to_phrase";

    public static async Task<Dictionary<string, Relation>> GetAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Relation>(StringComparer.Ordinal);
        }

        await using var command = connection.Command(
            $"SELECT {Columns} FROM relation r WHERE r.id IN (SELECT value FROM json_each($ids))", ("$ids", SqlValues.Json(ids)));
        var rows = await ReadRowsAsync(command, cancellationToken);
        return (await WithEvidenceAsync(connection, rows, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Up to <paramref name="limit"/> relations after <paramref name="afterId"/> in id order.</summary>
    public static async Task<IReadOnlyList<Relation>> ScanAsync(SqliteConnection connection, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {Columns} FROM relation r WHERE r.id > $after ORDER BY r.id LIMIT $limit", ("$after", afterId ?? string.Empty), ("$limit", limit));
        return await WithEvidenceAsync(connection, await ReadRowsAsync(command, cancellationToken), cancellationToken);
    }

    /// <summary>Relation rows (without evidence), plus the value of an extra trailing column when asked.</summary>
    public static async Task<List<Relation>> ReadRowsAsync(SqliteCommand command, CancellationToken cancellationToken, List<string>? extra = null)
    {
        var rows = new List<Relation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Relation(WireNames.ParseRelationType(reader.GetString(1)), reader.GetString(2), reader.GetString(3))
            {
                Role = reader.GetStringOrNull(4),
                ValidFrom = SqlValues.Date(reader.GetStringOrNull(5), reader.GetStringOrNull(6)),
                ValidTo = SqlValues.Date(reader.GetStringOrNull(7), reader.GetStringOrNull(8)),
            });
            extra?.Add(reader.GetString(9));
        }

        return rows;
    }

    public static async Task<List<Relation>> WithEvidenceAsync(SqliteConnection connection, List<Relation> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var evidence = await EvidenceReader.GetAsync(
            connection, EvidenceTable.OfRelations, SqlValues.Json(rows.Select(r => r.Id).Distinct(StringComparer.Ordinal)), cancellationToken);
        return [.. rows.Select(r => evidence.TryGetValue(r.Id, out var list) ? r with { Evidence = list } : r)];
    }
}
