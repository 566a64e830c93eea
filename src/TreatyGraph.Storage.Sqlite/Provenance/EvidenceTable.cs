namespace TreatyGraph.Storage.Sqlite.Provenance;

/// <summary>The two evidence tables share columns; only the owner differs.</summary>
internal sealed record EvidenceTable(string Table, string OwnerColumn)
{
    public static readonly EvidenceTable OfEvents = new("event_evidence", "event_id");

    public static readonly EvidenceTable OfRelations = new("relation_evidence", "relation_id");
}
