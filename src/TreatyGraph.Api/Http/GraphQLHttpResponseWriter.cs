using GraphQL;

namespace TreatyGraph.Api.Http;

/// <summary>Writes GraphQL responses, and request problems in the same shape (<c>{"errors": [...]}</c>).</summary>
internal sealed class GraphQLHttpResponseWriter
{
    private readonly IGraphQLSerializer _serializer;

    public GraphQLHttpResponseWriter(IGraphQLSerializer serializer)
    {
        _serializer = serializer;
    }

    public async Task WriteResultAsync(HttpContext context, string mediaType, int statusCode, ExecutionResult result, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        await _serializer.WriteAsync(context.Response.Body, result, cancellationToken);
    }

    public Task WriteProblemAsync(HttpContext context, string mediaType, RequestProblem problem, CancellationToken cancellationToken) =>
        WriteResultAsync(
            context,
            mediaType,
            problem.StatusCode,
            new ExecutionResult(new ExecutionError(problem.Message) { Code = problem.Code }),
            cancellationToken);
}
