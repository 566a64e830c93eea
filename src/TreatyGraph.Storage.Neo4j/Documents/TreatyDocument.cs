namespace TreatyGraph.Storage.Neo4j.Documents;

internal sealed record TreatyDocument(string Status, DateDocument? Signed, DateDocument? InForce);
