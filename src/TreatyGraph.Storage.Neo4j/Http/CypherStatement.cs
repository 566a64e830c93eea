namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>One Cypher statement and its parameters; values are never spliced into the text.</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}
