namespace TreatyGraph.Storage.Neo4j.Documents;

/// <summary>An entity as kept in the <c>doc</c> property of its node (Neo4j properties cannot nest).</summary>
internal sealed record EntityDocument(
    string Id,
    string Kind,
    string Name,
    IReadOnlyList<AliasDocument> Aliases,
    string? WikidataId,
    string? Description,
    IReadOnlyList<ReferenceDocument> References,
    TreatyDocument? Treaty);
