namespace TreatyGraph.Api.Http;

/// <summary>The media types of GraphQL over HTTP.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The preferred response type: its status codes can be trusted (4xx means a request error).</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response type, and the only request body type we read.</summary>
    public const string Json = "application/json";

    public const string Html = "text/html";

    public static string WithCharset(string mediaType) => mediaType + "; charset=utf-8";
}
