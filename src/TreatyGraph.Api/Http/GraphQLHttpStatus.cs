using GraphQL;
using GraphQL.Execution;

namespace TreatyGraph.Api.Http;

/// <summary>The status code for a GraphQL response, by the rules of its media type (GraphQL over HTTP, "Status Codes").</summary>
internal static class GraphQLHttpStatus
{
    public static int For(ExecutionResult result, string mediaType)
    {
        // application/json: 200 for every well-formed request, so that clients can tell our answers from a proxy's.
        if (mediaType == GraphQLMediaTypes.Json || result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        // application/graphql-response+json without data: a timeout is ours (the store was too slow); anything
        // else failed before execution (syntax, validation, the operation or its variables) and is the client's to fix.
        return result.Errors?.Any(e => e is TimeoutError) == true
            ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status400BadRequest;
    }
}
