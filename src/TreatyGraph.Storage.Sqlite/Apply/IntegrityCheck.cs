using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Apply;

/// <summary>Rejects a batch that refers to entities or articles in neither the batch nor the store.</summary>
internal static class IntegrityCheck
{
    public static async Task EnsureAsync(SqliteConnection connection, GraphBatch batch, CancellationToken cancellationToken)
    {
        var entities = await MissingAsync(connection, "entity", GraphBatchReferences.ExternalEntityIds(batch), cancellationToken);
        var articles = await MissingAsync(connection, "article", GraphBatchReferences.ExternalArticleIds(batch), cancellationToken);
        if (entities.Count > 0 || articles.Count > 0)
        {
            throw new GraphIntegrityException(entities, articles);
        }
    }

    private static async Task<List<string>> MissingAsync(SqliteConnection connection, string table, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        if (ids.Count == 0)
        {
            return missing;
        }

        await using var command = connection.Command(
            $"SELECT j.value FROM json_each($ids) j WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = j.value) ORDER BY j.value",
            ("$ids", SqlValues.Json(ids)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            missing.Add(reader.GetString(0));
        }

        return missing;
    }
}
