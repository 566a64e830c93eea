using TreatyGraph.Benchmarks.Datasets;
using TreatyGraph.Benchmarks.Reporting;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>Bulk load throughput and database size of a dataset, beside the bare SQLite baseline.</summary>
internal static class LoadFiguresSuite
{
    public static void Report(Dataset dataset, Report report)
    {
        var load = dataset.Load;
        report.Add(new Figure(
            dataset.Scale,
            "bulk load (store ApplyAsync, 5,000-fact batches)",
            load.StoreFactsPerSecond,
            "facts/s",
            "bare SQLite rows",
            load.BaselineFactsPerSecond,
            "≥ 50,000 facts/s",
            load.StoreFactsPerSecond >= 50_000,
            HigherIsBetter: true));
        report.Add(new Figure(
            dataset.Scale,
            "database size",
            load.StoreBytes / 1048576.0,
            "MiB",
            "bare SQLite rows",
            load.BaselineBytes / 1048576.0));
    }
}
