using TreatyGraph.Benchmarks.Measuring;
using TreatyGraph.Benchmarks.Reporting;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>
/// Each query's latency from the store port directly and through the API's GraphQL executer in-process:
/// p50 and p99 of each, timed in turn call by call, the GraphQL figure beside the raw one. Every GraphQL answer is checked for errors
/// before timing, so a failing query never reports a fast time.
/// </summary>
internal static class QuerySuite
{
    public static async Task<Dictionary<string, LatencySummary>> RunAsync(
        int scale,
        InProcessGraphQL graphQL,
        IReadOnlyList<QueryCase> cases,
        BenchmarkSettings settings,
        Report report,
        CancellationToken ct)
    {
        var rawByCase = new Dictionary<string, LatencySummary>();
        foreach (var c in cases)
        {
            try
            {
                await graphQL.ExecuteAsync(c.Query, c.VariablesJson, ct);
            }
            catch (InvalidOperationException ex)
            {
                // A query that fails (the API's execution timeout included) is reported, not timed.
                report.Add(new Figure(scale, $"{c.Name}: GraphQL in-process FAILED ({Report.Shorten(ex.Message)})", double.NaN, "ms", "–", double.NaN, c.Target, false));
                continue;
            }

            // In turn, call by call: the ratio is the figure, and on a shared machine only interleaving keeps it honest.
            var (raw, gql) = await Latency.MeasurePairAsync(
                c.Name,
                token => c.Raw(graphQL.Store, token),
                token => graphQL.ExecuteAsync(c.Query, c.VariablesJson, token),
                settings.Warmup,
                settings.Iterations,
                settings.QueryBudget,
                ct);
            rawByCase[c.Name] = raw;
            report.Add(new Figure(scale, $"{c.Name}: store port p50", raw.P50, "ms", "–", double.NaN));
            report.Add(new Figure(scale, $"{c.Name}: store port p99", raw.P99, "ms", "–", double.NaN));
            report.Add(new Figure(scale, $"{c.Name}: GraphQL in-process p50", gql.P50, "ms", "store port p50", raw.P50,
                c.Name.StartsWith("timeline", StringComparison.Ordinal) ? "≤ 1.5× store port" : null,
                c.Name.StartsWith("timeline", StringComparison.Ordinal) ? gql.P50 <= 1.5 * raw.P50 : null));
            report.Add(new Figure(scale, $"{c.Name}: GraphQL in-process p99", gql.P99, "ms", "store port p99", raw.P99,
                c.Target, double.IsNaN(c.TargetP99Ms) ? null : gql.P99 <= c.TargetP99Ms));
        }

        // Every query above ran many times with the same text: all but the first of each should skip parsing and validation.
        report.Add(new Figure(scale, "GraphQL document cache hits (in-process)", 100 * graphQL.DocumentCacheHitRate, "%", "–", double.NaN));
        return rawByCase;
    }
}
