using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TreatyGraph.Api.Ingest;
using TreatyGraph.Api.Schema;

namespace TreatyGraph.Api.Http;

/// <summary>
/// Reads a GraphQL request from a POST body (<c>application/json</c>, at most <c>Api:MaxArticleBytes</c>) or from GET
/// query parameters.
/// </summary>
internal sealed class GraphQLHttpRequestReader
{
    private readonly IGraphQLTextSerializer _serializer;
    private readonly long _maxBodyBytes;

    public GraphQLHttpRequestReader(IGraphQLTextSerializer serializer, IOptions<ArticleUploadOptions> upload)
    {
        _serializer = serializer;
        _maxBodyBytes = upload.Value.MaxArticleBytes;
    }

    public async Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, new RequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                $"POST bodies must be '{GraphQLMediaTypes.Json}' (UTF-8); this one was '{request.ContentType ?? "(none)"}'."));
        }

        if (request.ContentLength > _maxBodyBytes)
        {
            return (null, TooLarge($"The request body is {request.ContentLength} bytes"));
        }

        using var buffer = await BoundedCopyAsync(request.Body, cancellationToken);
        if (buffer is null)
        {
            return (null, TooLarge("The request body is larger than that"));
        }

        GraphQLRequest? body;
        try
        {
            body = await _serializer.ReadAsync<GraphQLRequest>(buffer, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, Invalid($"The body is not a GraphQL request in JSON: {ex.Message}"));
        }

        return body is null
            ? (null, Invalid("The body is empty or null; send {\"query\": \"...\"}."))
            : Checked(body.Query, body.OperationName, body.Variables, body.Extensions);
    }

    public (GraphQLHttpRequest? Request, RequestProblem? Problem) ReadGet(HttpRequest request)
    {
        var query = request.Query;
        foreach (var name in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (query[name].Count > 1)
            {
                return (null, Invalid($"The parameter '{name}' is given more than once."));
            }
        }

        try
        {
            return Checked(
                query.TryGetValue("query", out var document) ? document.ToString() : null,
                query["operationName"].ToString(),
                Inputs(query["variables"].ToString()),
                Inputs(query["extensions"].ToString()));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, Invalid($"'variables' and 'extensions' must be JSON objects: {ex.Message}"));
        }
    }

    // Chunked bodies carry no length: read at most the limit, and refuse when there is more.
    private async Task<MemoryStream?> BoundedCopyAsync(Stream body, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > _maxBodyBytes)
            {
                await copy.DisposeAsync();
                return null;
            }

            copy.Write(chunk, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private RequestProblem TooLarge(string what) => new(
        StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.PayloadTooLarge,
        $"{what}; this server reads at most {_maxBodyBytes} bytes (Api:MaxArticleBytes). Send a shorter article. Nothing was stored.");

    private Inputs? Inputs(string json) =>
        string.IsNullOrEmpty(json) ? null : _serializer.Deserialize<Inputs>(json);

    private static (GraphQLHttpRequest?, RequestProblem?) Checked(string? query, string? operationName, Inputs? variables, Inputs? extensions) =>
        // An empty document is still a string: GraphQL reports it as a syntax error, not the transport.
        query is null
            ? (null, Invalid("The request has no 'query': send the GraphQL document as a string."))
            : (new GraphQLHttpRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions), null);

    private static RequestProblem Invalid(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
