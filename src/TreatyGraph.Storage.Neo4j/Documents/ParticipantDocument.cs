namespace TreatyGraph.Storage.Neo4j.Documents;

internal sealed record ParticipantDocument(string Id, string Role);
