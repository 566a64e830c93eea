using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's HTTP APIs. Every call is one transaction: the transactional endpoint commits all
/// statements of one request together; on the Query API several statements go through an explicit
/// transaction that is rolled back when any of them fails. Errors in <c>errors[]</c> are raised whatever the
/// HTTP status. Retries of transient failures happen below, in the HttpClient's resilience handler.
/// </summary>
internal sealed partial class Neo4jClient(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, ILogger<Neo4jClient> logger)
    : IDisposable
{
    public const string HttpClientName = "TreatyGraph.Storage.Neo4j";

    private const string TypedJsonMediaType = "application/vnd.neo4j.query.v1.1";
    private const string ClusterAffinityHeader = "neo4j-cluster-affinity";
    private static readonly string[] RowFormat = ["row"];

    private readonly Neo4jOptions _options = options.Value;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private Neo4jServer? _server;

    public Uri BaseUri { get; } = new(options.Value.Uri.TrimEnd('/') + "/");

    public void Dispose() => _discovery.Dispose();

    public async Task<Neo4jServer> GetServerAsync(CancellationToken cancellationToken)
    {
        if (_server is { } known)
        {
            return known;
        }

        await _discovery.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_server is null)
            {
                var (root, _) = await SendAsync(HttpMethod.Get, BaseUri, null, authenticate: false, null, cancellationToken).ConfigureAwait(false);
                var server = Neo4jDiscovery.Read(root, BaseUri, _options.Database);
                if (server.Style == Neo4jApiStyle.LegacyTransactional)
                {
                    // 3.x names its version only behind auth, on the data root.
                    var (data, _) = await SendAsync(HttpMethod.Get, new Uri(BaseUri, "db/data/"), null, authenticate: true, null, cancellationToken).ConfigureAwait(false);
                    var version = data.TryGetProperty("neo4j_version", out var v) ? Neo4jDiscovery.ParseVersion(v.GetString()) : null;
                    server = server with { Version = version ?? server.Version };
                }

                LogDiscovered(server.Style, server.Version, server.Endpoint);
                _server = server;
            }

            return _server;
        }
        finally
        {
            _discovery.Release();
        }
    }

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs the statements in one transaction and returns one result per statement.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        var server = await GetServerAsync(cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        var results = server.Style == Neo4jApiStyle.QueryApi
            ? await RunOnQueryApiAsync(server.Endpoint, statements, cancellationToken).ConfigureAwait(false)
            : await RunOnTransactionalAsync(server.Endpoint, statements, cancellationToken).ConfigureAwait(false);
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRan(statements.Count, elapsedMs);

        return results;
    }

    private async Task<IReadOnlyList<CypherResult>> RunOnTransactionalAsync(Uri commit, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object?>
        {
            ["statements"] = statements.Select(s => new Dictionary<string, object?>
            {
                ["statement"] = s.Text,
                ["parameters"] = s.Parameters,
                ["resultDataContents"] = RowFormat,
            }).ToArray(),
        };
        var (root, _) = await SendAsync(HttpMethod.Post, commit, body, authenticate: true, null, cancellationToken).ConfigureAwait(false);
        var results = ResponseBody.TransactionalResults(root);
        if (results.Count != statements.Count)
        {
            throw new Neo4jException(Neo4jFailure.Protocol, null, $"Neo4j answered {results.Count} results to {statements.Count} statements.");
        }

        return results;
    }

    private async Task<IReadOnlyList<CypherResult>> RunOnQueryApiAsync(Uri query, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 1)
        {
            var (root, typed) = await SendAsync(HttpMethod.Post, query, QueryBody(statements[0]), authenticate: true, null, cancellationToken).ConfigureAwait(false);
            return [ResponseBody.QueryApiResult(root, typed)];
        }

        // Several statements: an explicit transaction, so that they commit together or not at all.
        var txBase = query.AbsoluteUri.TrimEnd('/') + "/tx";
        var (opened, openedTyped, affinity) = await SendWithAffinityAsync(HttpMethod.Post, new Uri(txBase), QueryBody(statements[0]), null, cancellationToken).ConfigureAwait(false);
        var id = ResponseBody.TransactionId(opened)
            ?? throw new Neo4jException(Neo4jFailure.Protocol, null, "The Query API opened a transaction without an id.");
        var txUri = new Uri($"{txBase}/{Uri.EscapeDataString(id)}");
        var results = new List<CypherResult> { ResponseBody.QueryApiResult(opened, openedTyped) };
        var committed = false;
        try
        {
            for (var i = 1; i < statements.Count; i++)
            {
                var (root, typed) = await SendAsync(HttpMethod.Post, txUri, QueryBody(statements[i]), authenticate: true, affinity, cancellationToken).ConfigureAwait(false);
                results.Add(ResponseBody.QueryApiResult(root, typed));
            }

            await SendAsync(HttpMethod.Post, new Uri(txUri.AbsoluteUri + "/commit"), null, authenticate: true, affinity, cancellationToken).ConfigureAwait(false);
            committed = true;
            return results;
        }
        finally
        {
            if (!committed)
            {
                await RollBackAsync(txUri, affinity).ConfigureAwait(false);
            }
        }
    }

    private async Task RollBackAsync(Uri txUri, string? affinity)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await SendAsync(HttpMethod.Delete, txUri, null, authenticate: true, affinity, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            // The server drops an abandoned transaction on its own after its idle timeout; nothing was committed.
            LogRollbackFailed(txUri, ex.Message);
        }
    }

    private static Dictionary<string, object?> QueryBody(CypherStatement statement) => new()
    {
        ["statement"] = statement.Text,
        ["parameters"] = statement.Parameters,
    };

    private async Task<(JsonElement Root, bool Typed)> SendAsync(
        HttpMethod method, Uri uri, object? body, bool authenticate, string? affinity, CancellationToken cancellationToken)
    {
        var (root, typed, _) = await SendWithAffinityAsync(method, uri, body, affinity, cancellationToken, authenticate).ConfigureAwait(false);
        return (root, typed);
    }

    private async Task<(JsonElement Root, bool Typed, string? Affinity)> SendWithAffinityAsync(
        HttpMethod method, Uri uri, object? body, string? affinity, CancellationToken cancellationToken, bool authenticate = true)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (method == HttpMethod.Post)
        {
            // The Query API answers in typed JSON when asked; the transactional endpoint ignores the first.
            request.Headers.Accept.ParseAdd(TypedJsonMediaType);
            request.Headers.Accept.ParseAdd("application/json;q=0.9");
        }
        else
        {
            // The server root redirects anything but a JSON client to Neo4j Browser.
            request.Headers.Accept.ParseAdd("application/json");
        }
        if (authenticate && !string.IsNullOrEmpty(_options.User))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response;
        try
        {
            var http = httpClientFactory.CreateClient(HttpClientName);
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(ex.Message, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Unreachable($"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unreachable("the request timed out", ex);
        }

        using (response)
        {
            return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(JsonElement Root, bool Typed, string? Affinity)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var typed = mediaType.StartsWith("application/vnd.neo4j.query", StringComparison.OrdinalIgnoreCase);
        var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;

        JsonElement root = default;
        var parsed = false;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                root = document.RootElement.Clone();
                parsed = true;
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's error page): the status code below says what happened.
            }
        }

        if (parsed && ResponseBody.Errors(root) is [var first, ..])
        {
            throw FromError(first, response.StatusCode);
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jException(Neo4jFailure.Authentication, null, AuthMessage("the server answered 401 Unauthorized"));
        }

        if ((int)response.StatusCode >= 500)
        {
            throw new Neo4jException(Neo4jFailure.Database, null, $"Neo4j at {BaseUri} failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new Neo4jException(Neo4jFailure.Protocol, null, $"Neo4j at {BaseUri} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} to {response.RequestMessage?.RequestUri}.");
        }

        if (!parsed && response.RequestMessage?.Method != HttpMethod.Delete)
        {
            throw new Neo4jException(Neo4jFailure.Protocol, null, $"{response.RequestMessage?.RequestUri} answered without JSON; is {BaseUri} a Neo4j server?");
        }

        return (root, typed, affinity);
    }

    private Neo4jException FromError(Neo4jError error, HttpStatusCode status)
    {
        var failure = Neo4jException.Classify(error.Code);
        var message = failure switch
        {
            Neo4jFailure.Authentication when error.Code.EndsWith(".Forbidden", StringComparison.Ordinal) =>
                $"Neo4j at {BaseUri} does not allow user '{_options.User}' to do this ({error.Code}): {error.Message}",
            Neo4jFailure.Authentication => AuthMessage($"{error.Code}: {error.Message}"),
            Neo4jFailure.Client => $"Neo4j rejected a statement ({error.Code}): {error.Message}",
            Neo4jFailure.Transient => $"Neo4j asked to try again later and retries ran out ({error.Code}): {error.Message}",
            _ => $"Neo4j at {BaseUri} failed (HTTP {(int)status}, {error.Code}): {error.Message}",
        };
        return new Neo4jException(failure, error.Code, message);
    }

    private string AuthMessage(string detail) =>
        string.IsNullOrEmpty(_options.User)
            ? $"Neo4j at {BaseUri} wants credentials and none are configured ({detail}); set Neo4j:User and Neo4j:Password."
            : $"Neo4j at {BaseUri} refused the credentials of user '{_options.User}' ({detail}); check Neo4j:User and Neo4j:Password.";

    private Neo4jException Unreachable(string detail, Exception inner) =>
        new(Neo4jFailure.Unavailable, null, $"Neo4j at {BaseUri} is not reachable: {detail}. Is it running, and is Neo4j:Uri right?", inner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j {Style} {Version} at {Endpoint}")]
    private partial void LogDiscovered(Neo4jApiStyle style, Version version, Uri endpoint);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ran {StatementCount} Cypher statements in {ElapsedMs:0.0} ms")]
    private partial void LogRan(int statementCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not roll back Neo4j transaction {Transaction}: {Reason}")]
    private partial void LogRollbackFailed(Uri transaction, string reason);
}
