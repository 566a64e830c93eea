using System.Diagnostics;
using System.Net;
using TreatyGraph.Benchmarks.Measuring;

namespace TreatyGraph.Benchmarks.Http;

/// <summary>
/// A small closed-loop HTTP load driver: <c>connections</c> workers, each sending the next request as soon
/// as the previous answer is read, for a fixed time, to loopback only. Non-2xx answers count as errors.
/// It runs on the same two cores as the server, so its figures are for comparing endpoints side by side,
/// not absolute capacity.
/// </summary>
internal static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(
        string name,
        Uri baseAddress,
        Func<HttpRequestMessage> request,
        int connections,
        TimeSpan warmup,
        TimeSpan duration,
        CancellationToken cancellationToken)
    {
        if (!IPAddress.IsLoopback((await Dns.GetHostAddressesAsync(baseAddress.Host, cancellationToken))[0]))
        {
            throw new InvalidOperationException($"The load driver only targets loopback, not {baseAddress}.");
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };

        // Warm the connections, the server's caches and its JIT before timing: on a loaded machine a fresh process
        // runs unoptimised code for many seconds, and that is start-up cost, not throughput.
        var warming = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            for (var i = 0; i < 5 || warming.Elapsed < warmup; i++)
            {
                using var response = await client.SendAsync(request(), cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
            }
        }));

        long requests = 0;
        long errors = 0;
        var samples = new List<double>[connections];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var mine = samples[worker] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request(), cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Increment(ref requests);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = samples.SelectMany(s => s).ToList();
        var summary = LatencySummary.From(name, all);
        return new LoadResult(name, requests, errors, seconds, summary.P50, summary.P99);
    }
}
