using GraphQL;

namespace TreatyGraph.Api.Http;

/// <summary>A well-formed GraphQL-over-HTTP request: the document, and optionally which operation and its variables.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
