namespace TreatyGraph.Benchmarks.Measuring;

/// <summary>Latency of one operation over many calls, in milliseconds.</summary>
internal sealed record LatencySummary(string Name, int Count, double P50, double P99, double Mean)
{
    public static LatencySummary From(string name, List<double> millis)
    {
        if (millis.Count == 0)
        {
            return new LatencySummary(name, 0, double.NaN, double.NaN, double.NaN);
        }

        millis.Sort();
        return new LatencySummary(name, millis.Count, Percentile(millis, 0.50), Percentile(millis, 0.99), millis.Average());
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(List<double> sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
