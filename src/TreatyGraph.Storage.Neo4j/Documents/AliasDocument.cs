namespace TreatyGraph.Storage.Neo4j.Documents;

internal sealed record AliasDocument(string Name, string? Lang);
