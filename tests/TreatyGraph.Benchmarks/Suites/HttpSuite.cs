using System.Net.Http.Headers;
using System.Text;
using TreatyGraph.Benchmarks.Http;
using TreatyGraph.Benchmarks.Measuring;
using TreatyGraph.Benchmarks.Reporting;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>
/// The API in its own process over loopback: each query's latency (one request at a time), the throughput
/// of a small query beside a bare Kestrel endpoint answering the same bytes, and the API's peak RSS.
/// </summary>
internal static class HttpSuite
{
    /// <summary>The shipped configuration with only the per-request event lowered below the level that is written.</summary>
    private static readonly Dictionary<string, string> RequestLogOff = new()
    {
        ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
    };

    public static async Task RunAsync(
        int scale,
        string databasePath,
        IReadOnlyList<QueryCase> cases,
        string smallEntityId,
        IReadOnlyDictionary<string, LatencySummary> raw,
        BenchmarkSettings settings,
        Report report,
        CancellationToken ct)
    {
        var logs = Path.Combine(settings.OutputFolder, "api-logs");
        await using var api = await ApiProcess.StartAsync(settings.ApiDll, databasePath, Path.Combine(logs, $"api-{scale}.log"), new Dictionary<string, string>(), ct);
        var idle = api.PeakRssBytes ?? 0;
        using var client = new HttpClient { BaseAddress = api.Address };
        var httpByCase = new Dictionary<string, LatencySummary>();
        foreach (var c in cases)
        {
            var body = QueryCases.Body(c.Query, c.VariablesJson);
            var check = await PostAsync(client, body, ct);
            if (check.Contains("\"errors\"", StringComparison.Ordinal) || !raw.ContainsKey(c.Name))
            {
                report.Add(new Figure(scale, $"{c.Name}: HTTP loopback FAILED ({Report.Shorten(check)})", double.NaN, "ms", "–", double.NaN));
                continue;
            }

            var http = await Latency.MeasureAsync(c.Name, token => PostAsync(client, body, token), settings.Warmup, settings.Iterations, settings.QueryBudget, ct);
            httpByCase[c.Name] = http;
            report.Add(new Figure(scale, $"{c.Name}: HTTP loopback p50", http.P50, "ms", "store port p50", raw[c.Name].P50));
            report.Add(new Figure(scale, $"{c.Name}: HTTP loopback p99", http.P99, "ms", "store port p99", raw[c.Name].P99));
        }

        var small = QueryCases.Body(QueryCases.SmallQuery, QueryCases.Vars(("id", smallEntityId)));
        var answer = Encoding.UTF8.GetBytes(await PostAsync(client, small, ct));
        await using var quiet = await ApiProcess.StartAsync(settings.ApiDll, databasePath, Path.Combine(logs, $"api-{scale}-request-log-off.log"), RequestLogOff, ct);
        await using var kestrel = await ApiProcess.StartBareKestrelAsync(answer, Path.Combine(logs, $"bare-kestrel-{scale}.log"), ct);
        using (var bareClient = new HttpClient { BaseAddress = kestrel.Address })
        {
            var bareLatency = await Latency.MeasureAsync("bare Kestrel", token => PostAsync(bareClient, small, token), settings.Warmup, settings.Iterations, settings.QueryBudget, ct);
            var ourLatency = httpByCase.GetValueOrDefault(QueryCases.SmallCaseName);
            report.Add(new Figure(scale, $"{QueryCases.SmallCaseName}: HTTP loopback p50 beside bare Kestrel", ourLatency?.P50 ?? double.NaN, "ms", "bare Kestrel p50, same bytes", bareLatency.P50));
        }


        // Alternating rounds, so that a change in the shared machine's load falls on all three alike; the median round counts.
        var ours = new List<LoadResult>();
        var bare = new List<LoadResult>();
        var withoutLog = new List<LoadResult>();
        for (var round = 0; round < settings.LoadRounds; round++)
        {
            var warmup = round == 0 ? settings.LoadWarmup : TimeSpan.Zero;
            ours.Add(await LoadDriver.RunAsync("small query", api.Address, () => Request(small), settings.Connections, warmup, settings.LoadDuration, ct));
            bare.Add(await LoadDriver.RunAsync("bare Kestrel", kestrel.Address, () => Request(small), settings.Connections, warmup, settings.LoadDuration, ct));
            withoutLog.Add(await LoadDriver.RunAsync("small query, request log off", quiet.Address, () => Request(small), settings.Connections, warmup, settings.LoadDuration, ct));
        }

        var bareMedian = Median(bare);
        AddThroughput(scale, $"small query throughput ({settings.Connections} connections, shipped config: request log on)", Median(ours), bareMedian, settings, report, target: true);
        AddThroughput(scale, $"small query throughput ({settings.Connections} connections, request log below its level)", Median(withoutLog), bareMedian, settings, report, target: false);
        report.Add(new Figure(scale, "small query under load p99 (request log on)", Median(ours).P99, "ms", "bare Kestrel p99", bareMedian.P99));

        var peak = api.PeakRssBytes ?? 0;
        report.Add(new Figure(scale, "API peak RSS", peak / 1048576.0, "MiB", "API RSS when ready", idle / 1048576.0,
            "≤ 1 GiB", peak <= 1L << 30));
    }

    private static void AddThroughput(int scale, string name, LoadResult ours, LoadResult bare, BenchmarkSettings settings, Report report, bool target)
    {
        // A run with failed answers is not a throughput: it is reported as failed (and fails the smoke run).
        var value = ours.Errors == 0 ? ours.RequestsPerSecond : double.NaN;
        var label = ours.Errors == 0 ? name : $"{name} FAILED ({ours.Errors} of {ours.Requests} answers were not 2xx)";
        report.Add(new Figure(scale, label, value, "req/s", $"bare Kestrel, same bytes (median of {settings.LoadRounds} × {settings.LoadDuration.TotalSeconds:0} s)", bare.RequestsPerSecond,
            target ? "≥ 50% of bare Kestrel" : null, target ? value >= 0.5 * bare.RequestsPerSecond : null, HigherIsBetter: true));
    }

    private static LoadResult Median(List<LoadResult> rounds) =>
        rounds.OrderBy(r => r.RequestsPerSecond).ElementAt(rounds.Count / 2);

    private static HttpRequestMessage Request(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return request;
    }

    private static async Task<string> PostAsync(HttpClient client, string body, CancellationToken ct)
    {
        using var response = await client.SendAsync(Request(body), ct);
        return await response.Content.ReadAsStringAsync(ct);
    }
}
