namespace TreatyGraph.Storage.Neo4j.Documents;

/// <summary>A relation as kept in the <c>doc</c> property of its node.</summary>
internal sealed record RelationDocument(
    string Type,
    string From,
    string To,
    string? Role,
    DateDocument? ValidFrom,
    DateDocument? ValidTo,
    IReadOnlyList<EvidenceDocument> Evidence);
