using System.Text.Json;

namespace TreatyGraph.Storage.Neo4j.Tests.Http;

/// <summary>One request the fake server saw.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string Uri, JsonElement? Body, string? Authorization, string? Affinity)
{
    /// <summary>The Cypher texts of the request (transactional: every statement; Query API: the one).</summary>
    public IReadOnlyList<string> Statements =>
        Body is not { } body ? []
        : body.TryGetProperty("statements", out var many) ? many.EnumerateArray().Select(s => s.GetProperty("statement").GetString()!).ToArray()
        : body.TryGetProperty("statement", out var one) ? [one.GetString()!]
        : [];
}
