using System.Net;
using System.Text;
using System.Text.Json;

namespace TreatyGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// An HttpMessageHandler that answers like a Neo4j server from canned JSON in the documented shapes, and
/// records what it was asked. Routes are tried in order; the first whose method and path match answers.
/// </summary>
internal sealed class FakeNeo4j : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Path, Func<RecordedRequest, HttpResponseMessage> Answer)> _routes = [];

    public List<RecordedRequest> Requests { get; } = [];

    public FakeNeo4j On(HttpMethod method, string path, Func<RecordedRequest, HttpResponseMessage> answer)
    {
        _routes.Add((method, path, answer));
        return this;
    }

    public FakeNeo4j On(HttpMethod method, string path, string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        On(method, path, _ => Json(json, status, mediaType));

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    public IEnumerable<RecordedRequest> To(string path) => Requests.Where(r => r.Path == path);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.RequestUri.AbsoluteUri,
            body is null ? null : JsonDocument.Parse(body).RootElement.Clone(),
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var affinity) ? affinity.First() : null);
        Requests.Add(recorded);
        foreach (var (method, path, answer) in _routes)
        {
            if (method == request.Method && path == recorded.Path)
            {
                var response = answer(recorded);
                response.RequestMessage = request;
                return response;
            }
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new StringContent("no route") };
    }
}
