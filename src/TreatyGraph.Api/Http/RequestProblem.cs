namespace TreatyGraph.Api.Http;

/// <summary>Why an HTTP request is not a GraphQL request we can run: the status, a code and a message for the client.</summary>
internal sealed record RequestProblem(int StatusCode, string Code, string Message);
