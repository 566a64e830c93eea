using System.Diagnostics;

namespace TreatyGraph.Benchmarks.Measuring;

/// <summary>
/// Calls an operation one at a time and records each call's latency: p99 needs every sample, which
/// BenchmarkDotNet's summaries do not give. Warm-up calls are not recorded; the run stops at
/// <c>iterations</c> calls or after <c>budget</c>, whichever comes first (the count is reported).
/// </summary>
internal static class Latency
{
    public static async Task<LatencySummary> MeasureAsync(
        string name,
        Func<CancellationToken, Task> operation,
        int warmup,
        int iterations,
        TimeSpan budget,
        CancellationToken cancellationToken)
    {
        // A slow query gets fewer warm-up calls and samples rather than an hour: the budget is the limit.
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmup && warming.Elapsed < budget / 4; i++)
        {
            await operation(cancellationToken);
        }

        var samples = new List<double>(iterations);
        var total = Stopwatch.StartNew();
        while (samples.Count < iterations && (total.Elapsed < budget || samples.Count == 0))
        {
            var start = Stopwatch.GetTimestamp();
            await operation(cancellationToken);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return LatencySummary.From(name, samples);
    }
}
