namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>One entry of a response's <c>errors[]</c>.</summary>
internal sealed record Neo4jError(string Code, string Message);
