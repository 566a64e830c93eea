namespace TreatyGraph.Storage.Neo4j.Documents;

/// <summary>A fuzzy date as stored: its EDTF text and the phrase it was read from.</summary>
internal sealed record DateDocument(string Edtf, string? Phrase);
