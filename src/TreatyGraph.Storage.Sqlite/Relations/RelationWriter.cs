using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Paths;
using TreatyGraph.Storage.Sqlite.Provenance;

namespace TreatyGraph.Storage.Sqlite.Relations;

/// <summary>
/// Writes relations with their validity as EDTF plus day keys (open ends at the extreme keys), evidence, and
/// (through <see cref="LinkWriter"/>) the link between their ends; a relation's ends never change.
/// </summary>
internal sealed class RelationWriter(SqliteConnection connection, LinkWriter links) : IDisposable
{
    private static readonly string[] Names =
        ["$id", "$type", "$from", "$to", "$role", "$validFrom", "$validFromPhrase", "$validTo", "$validToPhrase", "$start", "$end"];

    private readonly PreparedCommand _insert = new(
        connection,
        """
        INSERT INTO relation (id, type, from_id, to_id, role, valid_from, valid_from_phrase, valid_to, valid_to_phrase, start_key, end_key)
        VALUES ($id, $type, $from, $to, $role, $validFrom, $validFromPhrase, $validTo, $validToPhrase, $start, $end)
        """,
        Names);

    private readonly PreparedCommand _update = new(
        connection,
        """
        UPDATE relation SET type = $type, from_id = $from, to_id = $to, role = $role, valid_from = $validFrom, valid_from_phrase = $validFromPhrase,
            valid_to = $validTo, valid_to_phrase = $validToPhrase, start_key = $start, end_key = $end
        WHERE id = $id
        """,
        Names);

    private readonly EvidenceWriter _evidence = new(connection, EvidenceTable.OfRelations);

    public void Insert(Relation relation, string id)
    {
        _insert.Execute(Row(relation, id));
        links.AddRelation(id);
        _evidence.Append(id, relation.Evidence, 0);
    }

    public void Update(Relation stored, Relation merged, string id)
    {
        if (stored with { Evidence = [] } != merged with { Evidence = [] })
        {
            _update.Execute(Row(merged, id));
        }

        _evidence.Append(id, merged.Evidence, stored.Evidence.Count);
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _evidence.Dispose();
    }

    private static object?[] Row(Relation r, string id) =>
    [
        id, WireNames.Of(r.Type), r.FromId, r.ToId, r.Role, r.ValidFrom?.Edtf, r.ValidFrom?.Phrase, r.ValidTo?.Edtf, r.ValidTo?.Phrase,
        r.ValidFrom?.EarliestKey ?? FuzzyDate.OpenStartKey, r.ValidTo?.LatestKey ?? FuzzyDate.OpenEndKey,
    ];
}
