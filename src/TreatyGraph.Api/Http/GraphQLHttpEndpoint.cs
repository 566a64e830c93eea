using GraphQL;
using GraphQL.Validation;
using Serilog;
using TreatyGraph.Api.Schema;
using TreatyGraph.Api.Security;

namespace TreatyGraph.Api.Http;

/// <summary>
/// Our GraphQL-over-HTTP endpoint: POST <c>application/json</c> for everything, GET for queries, answers in
/// <c>application/graphql-response+json</c> or <c>application/json</c> with the status codes each implies.
/// </summary>
internal sealed class GraphQLHttpEndpoint
{
    private readonly IDocumentExecuter<TreatyGraphSchema> _executer;
    private readonly GraphQLHttpRequestReader _reader;
    private readonly GraphQLHttpResponseWriter _writer;
    private readonly IDiagnosticContext _diagnostics;
    private readonly ApiKeys _keys;

    public GraphQLHttpEndpoint(
        IDocumentExecuter<TreatyGraphSchema> executer,
        GraphQLHttpRequestReader reader,
        GraphQLHttpResponseWriter writer,
        IDiagnosticContext diagnostics,
        ApiKeys keys)
    {
        _executer = executer;
        _reader = reader;
        _writer = writer;
        _diagnostics = diagnostics;
        _keys = keys;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && context.RequestServices.GetService<IGraphQLBrowserPage>() is { } page && AcceptNegotiation.PrefersHtml(request))
        {
            await page.WriteAsync(context, cancellationToken);
            return;
        }

        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await _writer.WriteProblemAsync(context, GraphQLMediaTypes.Json, new RequestProblem(
                StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, $"{request.Method} is not supported; use GET for queries or POST."), cancellationToken);
            return;
        }

        var mediaType = AcceptNegotiation.ResponseMediaType(request);
        if (mediaType is null)
        {
            await _writer.WriteProblemAsync(context, GraphQLMediaTypes.Json, new RequestProblem(
                StatusCodes.Status406NotAcceptable,
                ErrorCodes.NotAcceptable,
                $"This endpoint answers in '{GraphQLMediaTypes.GraphQLResponse}' or '{GraphQLMediaTypes.Json}'; the Accept header allows neither."), cancellationToken);
            return;
        }

        var (graphQLRequest, problem) = isGet ? _reader.ReadGet(request) : await _reader.ReadPostAsync(request, cancellationToken);
        if (problem is not null)
        {
            await _writer.WriteProblemAsync(context, mediaType, problem, cancellationToken);
            return;
        }

        var result = await ExecuteAsync(context, graphQLRequest!, isGet, cancellationToken);
        _diagnostics.Set("OperationName", result.Operation?.Name?.StringValue ?? graphQLRequest!.OperationName);
        _diagnostics.Set("OperationType", result.Operation?.Operation.ToString());
        _diagnostics.Set("GraphQLErrors", result.Errors?.Count ?? 0);
        if (isGet && result.Errors?.Any(e => e is QueriesOnlyOverGet.Error) == true)
        {
            context.Response.Headers.Allow = "POST";
            await _writer.WriteResultAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, result, cancellationToken);
            return;
        }

        if (mediaType == GraphQLMediaTypes.GraphQLResponse && result.Errors?.Any(e => e is MutationsNeedApiKey.Error) == true)
        {
            // Refused before execution for want of credentials: 401 where the media type lets status codes speak.
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await _writer.WriteResultAsync(context, mediaType, StatusCodes.Status401Unauthorized, result, cancellationToken);
            return;
        }

        await _writer.WriteResultAsync(context, mediaType, GraphQLHttpStatus.For(result, mediaType), result, cancellationToken);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = new Dictionary<string, object?> { [MutationsNeedApiKey.CallerKey] = new Lazy<ApiCaller>(() => _keys.Identify(context.Request)) },
            CancellationToken = cancellationToken,
        };

        // Also for documents from the cache: a mutation cached from an authorised POST must still be refused
        // without a key, and over GET.
        IValidationRule[] transport = isGet ? [QueriesOnlyOverGet.Instance, MutationsNeedApiKey.Instance] : [MutationsNeedApiKey.Instance];
        options.ValidationRules = [.. DocumentValidator.CoreRules, .. transport];
        options.CachedDocumentValidationRules = transport;

        return _executer.ExecuteAsync(options);
    }
}
