namespace TreatyGraph.Api.Schema;

/// <summary>
/// The codes our resolvers put in <c>extensions.code</c>. GraphQL.NET adds its own for validation
/// (<c>MAX_DEPTH_EXCEEDED</c>, <c>COMPLEXITY</c>, ...) and timeouts; the README lists them all.
/// </summary>
internal static class ErrorCodes
{
    /// <summary>A well-formed id that names nothing in the graph.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>An argument the graph cannot use: a malformed id, EDTF date or cursor, a size beyond its cap.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A mutation without an accepted API key (none given, a wrong one, or none configured).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The request body is larger than <c>Api:MaxArticleBytes</c>.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The HTTP request itself was not a GraphQL-over-HTTP request (bad JSON, no query).</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>A mutation sent with GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request's body is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The client accepts none of the media types we answer in.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";
}
