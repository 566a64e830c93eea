namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>What discovery found: the API to use, its endpoint, and the server's version (for DDL).</summary>
internal sealed record Neo4jServer(Neo4jApiStyle Style, Uri Endpoint, Version Version, string? Edition)
{
    public int Major => Version.Major;
}
