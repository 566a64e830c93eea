using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Provenance;

/// <summary>Appends evidence rows to one owner, numbering them after what is stored.</summary>
internal sealed class EvidenceWriter(SqliteConnection connection, EvidenceTable table) : IDisposable
{
    private readonly PreparedCommand _insert = new(
        connection,
        $"""
        INSERT INTO {table.Table} ({table.OwnerColumn}, ord, quote, article_id, sentence_index, start_offset, end_offset, ref_kind, ref_title, ref_url, ref_identifier)
        VALUES ($owner, $ord, $quote, $article, $sentence, $start, $end, $refKind, $refTitle, $refUrl, $refIdentifier)
        """,
        "$owner", "$ord", "$quote", "$article", "$sentence", "$start", "$end", "$refKind", "$refTitle", "$refUrl", "$refIdentifier");

    public void Append(string ownerId, IReadOnlyList<Evidence> evidence, int storedCount)
    {
        for (var i = storedCount; i < evidence.Count; i++)
        {
            var e = evidence[i];
            _insert.Execute(
                ownerId, i, e.Quote, e.ArticleId, e.SentenceIndex, e.Start, e.End,
                e.Reference?.Kind.ToString(), e.Reference?.Title, e.Reference?.Url, e.Reference?.Identifier);
        }
    }

    public void Dispose() => _insert.Dispose();
}
