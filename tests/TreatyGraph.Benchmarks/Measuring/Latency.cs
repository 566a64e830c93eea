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

    /// <summary>
    /// Times two operations that give the same answer call by call in turn (a, b, a, b, ...), so that a change in
    /// the shared machine's load falls on both alike and their ratio stays meaningful. Stops at
    /// <c>iterations</c> pairs or after twice <c>budget</c>.
    /// </summary>
    public static async Task<(LatencySummary First, LatencySummary Second)> MeasurePairAsync(
        string name,
        Func<CancellationToken, Task> first,
        Func<CancellationToken, Task> second,
        int warmup,
        int iterations,
        TimeSpan budget,
        CancellationToken cancellationToken)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmup && warming.Elapsed < budget / 2; i++)
        {
            await first(cancellationToken);
            await second(cancellationToken);
        }

        var a = new List<double>(iterations);
        var b = new List<double>(iterations);
        var total = Stopwatch.StartNew();
        while (a.Count < iterations && (total.Elapsed < 2 * budget || a.Count == 0))
        {
            a.Add(await TimeAsync(first, cancellationToken));
            b.Add(await TimeAsync(second, cancellationToken));
        }

        return (LatencySummary.From(name, a), LatencySummary.From(name, b));
    }

    private static async Task<double> TimeAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await operation(cancellationToken);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
