namespace TreatyGraph.Storage.Neo4j.Documents;

/// <summary>An event as kept in the <c>doc</c> property of its node.</summary>
internal sealed record EventDocument(
    string Id,
    string Kind,
    string Status,
    string Title,
    DateDocument? Date,
    IReadOnlyList<ParticipantDocument> Participants,
    string? Place,
    IReadOnlyList<string> Concerns,
    IReadOnlyList<EvidenceDocument> Evidence);
