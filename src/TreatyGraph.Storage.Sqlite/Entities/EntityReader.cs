using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Entities;

/// <summary>Loads whole entities (names, aliases, references, treaty details) for many ids in three queries.</summary>
internal static class EntityReader
{
    private const string Columns =
        "id, kind, name, wikidata_id, description, treaty_status, treaty_signed, treaty_signed_phrase, treaty_in_force, treaty_in_force_phrase";

    public static async Task<Dictionary<string, Entity>> GetAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Entity>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        var json = SqlValues.Json(ids);
        var rows = await ReadRowsAsync(
            connection, $"SELECT {Columns} FROM entity WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", json), cancellationToken);
        return await CompleteAsync(connection, rows, json, cancellationToken);
    }

    /// <summary>Up to <paramref name="limit"/> entities after <paramref name="afterId"/> in id order.</summary>
    public static async Task<IReadOnlyList<Entity>> ScanAsync(SqliteConnection connection, string? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {Columns} FROM entity WHERE id > $after ORDER BY id LIMIT $limit", ("$after", afterId ?? string.Empty), ("$limit", limit));
        var rows = await ReadRowsAsync(command, cancellationToken);
        var complete = await CompleteAsync(connection, rows, SqlValues.Json(rows.Select(r => r.Id)), cancellationToken);
        return [.. rows.Select(r => complete[r.Id])];
    }

    private static async Task<List<Entity>> ReadRowsAsync(SqliteConnection connection, string sql, (string, object?) parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, parameter);
        return await ReadRowsAsync(command, cancellationToken);
    }

    private static async Task<List<Entity>> ReadRowsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<Entity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var treatyStatus = reader.GetStringOrNull(5);
            rows.Add(new Entity(reader.GetString(0), WireNames.ParseEntityKind(reader.GetString(1)), reader.GetString(2))
            {
                WikidataId = reader.GetStringOrNull(3),
                Description = reader.GetStringOrNull(4),
                Treaty = treatyStatus is null
                    ? null
                    : new TreatyDetails(Enum.Parse<TreatyStatus>(treatyStatus))
                    {
                        Signed = SqlValues.Date(reader.GetStringOrNull(6), reader.GetStringOrNull(7)),
                        InForce = SqlValues.Date(reader.GetStringOrNull(8), reader.GetStringOrNull(9)),
                    },
            });
        }

        return rows;
    }

    private static async Task<Dictionary<string, Entity>> CompleteAsync(
        SqliteConnection connection, List<Entity> rows, string idsJson, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Entity>(rows.Count, StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return result;
        }

        var aliases = new Dictionary<string, List<Alias>>(StringComparer.Ordinal);
        await using (var command = connection.Command(
            "SELECT entity_id, name, language FROM entity_name WHERE entity_id IN (SELECT value FROM json_each($ids)) AND ord > 0 ORDER BY entity_id, ord",
            ("$ids", idsJson)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                aliases.Add(reader.GetString(0), new Alias(reader.GetString(1), reader.GetStringOrNull(2)));
            }
        }

        var references = new Dictionary<string, List<SourceReference>>(StringComparer.Ordinal);
        await using (var command = connection.Command(
            "SELECT entity_id, kind, title, url, identifier FROM entity_reference WHERE entity_id IN (SELECT value FROM json_each($ids)) ORDER BY entity_id, ord",
            ("$ids", idsJson)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                references.Add(reader.GetString(0), new SourceReference(Enum.Parse<SourceKind>(reader.GetString(1)), reader.GetString(2))
                {
                    Url = reader.GetStringOrNull(3),
                    Identifier = reader.GetStringOrNull(4),
                });
            }
        }

        foreach (var row in rows)
        {
            result[row.Id] = row with
            {
                Aliases = aliases.GetValueOrDefault(row.Id) ?? [],
                References = references.GetValueOrDefault(row.Id) ?? [],
            };
        }

        return result;
    }
}
