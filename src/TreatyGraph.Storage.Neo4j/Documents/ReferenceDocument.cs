namespace TreatyGraph.Storage.Neo4j.Documents;

internal sealed record ReferenceDocument(string Kind, string Title, string? Url, string? Identifier);
