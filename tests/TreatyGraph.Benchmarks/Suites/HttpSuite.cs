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
        await using var api = await ApiProcess.StartAsync(settings.ApiDll, databasePath, ct);
        var idle = api.PeakRssBytes ?? 0;
        using var client = new HttpClient { BaseAddress = api.Address };
        foreach (var c in cases)
        {
            var body = QueryCases.Body(c.Query, c.VariablesJson);
            var check = await PostAsync(client, body, ct);
            if (check.Contains("\"errors\"", StringComparison.Ordinal) || !raw.ContainsKey(c.Name))
            {
                report.Add(new Figure(scale, $"{c.Name}: HTTP loopback FAILED ({Report.Shorten(check)})", double.NaN, "ms", "–", double.NaN));
                continue;
            }

            var http = await Latency.MeasureAsync(c.Name, token => PostAsync(client, body, token), 5, settings.Iterations, settings.QueryBudget, ct);
            report.Add(new Figure(scale, $"{c.Name}: HTTP loopback p50", http.P50, "ms", "store port p50", raw[c.Name].P50));
            report.Add(new Figure(scale, $"{c.Name}: HTTP loopback p99", http.P99, "ms", "store port p99", raw[c.Name].P99));
        }

        var small = QueryCases.Body(QueryCases.SmallQuery, QueryCases.Vars(("id", smallEntityId)));
        var answer = Encoding.UTF8.GetBytes(await PostAsync(client, small, ct));
        var ours = await LoadDriver.RunAsync("small query", api.Address, () => Request(small), settings.Connections, settings.LoadDuration, ct);
        LoadResult bare;
        await using (var kestrel = await BareKestrel.StartAsync(answer, ct))
        {
            bare = await LoadDriver.RunAsync("bare Kestrel", kestrel.Address, () => Request(small), settings.Connections, settings.LoadDuration, ct);
        }

        report.Add(new Figure(scale, $"small query throughput ({settings.Connections} connections)", ours.RequestsPerSecond, "req/s",
            "bare Kestrel, same bytes", bare.RequestsPerSecond, "≥ 50% of bare Kestrel", ours.RequestsPerSecond >= 0.5 * bare.RequestsPerSecond && ours.Errors == 0, HigherIsBetter: true));
        report.Add(new Figure(scale, "small query under load p99", ours.P99, "ms", "bare Kestrel p99", bare.P99));
        var peak = api.PeakRssBytes ?? 0;
        report.Add(new Figure(scale, "API peak RSS", peak / 1048576.0, "MiB", "API RSS when ready", idle / 1048576.0,
            "≤ 1 GiB", peak <= 1L << 30));
    }

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
