using System.Net.Http.Headers;
using System.Text;

namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// The real Neo4j the tests run against: the one <c>tests/neo4j/neo4j.sh start</c> starts, or any other named by
/// <c>TREATYGRAPH_NEO4J_URI</c>, <c>TREATYGRAPH_NEO4J_USER</c>, <c>TREATYGRAPH_NEO4J_PASSWORD</c>. Without one, the
/// tests skip and say how to get one; under CI (<c>CI=true</c>) a missing server fails them instead.
/// </summary>
internal static class Neo4jTestServer
{
    public const string HowToStart =
        "Start one with `eval \"$(tests/neo4j/neo4j.sh start)\"` (sets TREATYGRAPH_NEO4J_URI, TREATYGRAPH_NEO4J_USER, TREATYGRAPH_NEO4J_PASSWORD) and stop it with `tests/neo4j/neo4j.sh stop`.";

    private static readonly Lazy<string?> Problem = new(FindProblem);

    /// <summary>Why there is no server to test against, or null when there is one.</summary>
    public static string? WhyUnavailable => Problem.Value;

    public static string Uri => Environment.GetEnvironmentVariable("TREATYGRAPH_NEO4J_URI") is { Length: > 0 } uri ? uri : "http://127.0.0.1:17474";

    public static string User => Environment.GetEnvironmentVariable("TREATYGRAPH_NEO4J_USER") ?? "neo4j";

    public static string Password => Environment.GetEnvironmentVariable("TREATYGRAPH_NEO4J_PASSWORD") ?? "treatygraph-test";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test (or fails it under CI) when no Neo4j answers with the configured credentials.</summary>
    public static void Require()
    {
        if (Problem.Value is not { } problem)
        {
            return;
        }

        var message = $"No Neo4j for the tests: {problem}. {HowToStart}";
        if (IsCi)
        {
            Assert.Fail("CI=true needs a real Neo4j (.ci/run starts one). " + message);
        }

        Assert.Skip(message);
    }

    // Synchronous on purpose: xunit's before-test hook, which needs the answer, is synchronous.
    private static string? FindProblem()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var root = http.Send(new HttpRequestMessage(HttpMethod.Get, new System.Uri(Uri)));
            if (!root.IsSuccessStatusCode)
            {
                return $"{Uri} answered HTTP {(int)root.StatusCode}";
            }

            // Any HTTP API takes this; a 401 means the credentials are not the server's.
            using var request = new HttpRequestMessage(HttpMethod.Get, new System.Uri(new System.Uri(Uri.TrimEnd('/') + "/"), "db/data/"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
            using var data = http.Send(request);
            return data.StatusCode == System.Net.HttpStatusCode.Unauthorized ? $"{Uri} refuses user '{User}' with the configured password" : null;
        }
        catch (HttpRequestException ex)
        {
            return $"nothing answers at {Uri} ({ex.Message})";
        }
        catch (TaskCanceledException)
        {
            return $"{Uri} did not answer within 5 s";
        }
    }
}
