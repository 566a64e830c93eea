namespace TreatyGraph.Benchmarks.Http;

/// <summary>What a closed-loop load run achieved: completed requests per second and their latency.</summary>
internal sealed record LoadResult(string Name, long Requests, long Errors, double Seconds, double P50, double P99)
{
    public double RequestsPerSecond => Requests / Seconds;
}
