using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Provenance;

/// <summary>Evidence of many events or relations in one query, each list in stored order.</summary>
internal static class EvidenceReader
{
    public static async Task<Dictionary<string, List<Evidence>>> GetAsync(
        SqliteConnection connection, EvidenceTable table, string ownerIdsJson, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        await using var command = connection.Command(
            $"""
            SELECT {table.OwnerColumn}, quote, article_id, sentence_index, start_offset, end_offset, ref_kind, ref_title, ref_url, ref_identifier
            FROM {table.Table} WHERE {table.OwnerColumn} IN (SELECT value FROM json_each($ids))
            ORDER BY {table.OwnerColumn}, ord
            """,
            ("$ids", ownerIdsJson));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var refKind = reader.GetStringOrNull(6);
            result.Add(reader.GetString(0), new Evidence(reader.GetString(1))
            {
                ArticleId = reader.GetStringOrNull(2),
                SentenceIndex = reader.GetInt32OrNull(3),
                Start = reader.GetInt32OrNull(4),
                End = reader.GetInt32OrNull(5),
                Reference = refKind is null
                    ? null
                    : new SourceReference(Enum.Parse<SourceKind>(refKind), reader.GetString(7))
                    {
                        Url = reader.GetStringOrNull(8),
                        Identifier = reader.GetStringOrNull(9),
                    },
            });
        }

        return result;
    }
}
