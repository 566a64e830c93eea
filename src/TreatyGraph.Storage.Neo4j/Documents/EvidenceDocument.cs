namespace TreatyGraph.Storage.Neo4j.Documents;

internal sealed record EvidenceDocument(string Quote, string? Article, int? Sentence, int? Start, int? End, ReferenceDocument? Reference);
