using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using TreatyGraph.Benchmarks;
using TreatyGraph.Benchmarks.Datasets;
using TreatyGraph.Benchmarks.Http;
using TreatyGraph.Benchmarks.Overhead;
using TreatyGraph.Benchmarks.Reporting;
using TreatyGraph.Benchmarks.Suites;

// Usage (see run.sh and docs/performance.md):
//   --smoke   a tiny scale, every benchmark once, in seconds (CI)
//   --full    10^4, 10^5, 10^6 facts; databases cached under tests/TreatyGraph.Benchmarks/.cache
//   --scales 10000,100000  --seed 1  --bdn (BenchmarkDotNet overhead run, on by default in --full)
// After the scales: extraction and ingestion throughput over real articles (one pass in --smoke, ten in --full).
if (args is [BareKestrel.ServeArgument, var answerFile, var url])
{
    await BareKestrel.ServeAsync(answerFile, new Uri(url));
    return 0;
}

var settings = BenchmarkSettings.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var run = RunInfo.Start(settings);
var report = new Report();
foreach (var scale in settings.Scales)
{
    var dataset = await DatasetCache.GetAsync(settings.CacheFolder, scale, settings.Seed, cancel.Token);
    LoadFiguresSuite.Report(dataset, report);
    var cases = QueryCases.For(dataset.Landmarks);
    Dictionary<string, TreatyGraph.Benchmarks.Measuring.LatencySummary> raw;
    await using (var graphQL = await InProcessGraphQL.StartAsync(dataset.DatabasePath, cancel.Token))
    {
        raw = await QuerySuite.RunAsync(scale, graphQL, cases, settings, report, cancel.Token);
    }

    await HttpSuite.RunAsync(scale, dataset.DatabasePath, cases, dataset.Landmarks.HubA, raw, settings, report, cancel.Token);

    if (settings.RunBenchmarkDotNet)
    {
        Environment.SetEnvironmentVariable("TG_BENCH_DB", dataset.DatabasePath);
        Environment.SetEnvironmentVariable("TG_BENCH_SCALE", scale.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("TG_BENCH_SEED", settings.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var job = (settings.Mode == "smoke" ? Job.Dry : Job.ShortRun).WithToolchain(InProcessNoEmitToolchain.Instance);
        var summary = BenchmarkRunner.Run<TimelineOverheadBenchmarks>(
            DefaultConfig.Instance.AddJob(job).WithArtifactsPath(Path.Combine(settings.OutputFolder, "bdn-" + scale)).WithOptions(ConfigOptions.DisableOptimizationsValidator));
        var mean = summary.Reports.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, r => r.ResultStatistics?.Mean / 1e6 ?? double.NaN);
        report.Add(new Figure(scale, "timeline page mean (BenchmarkDotNet)", mean.GetValueOrDefault("GraphQLInProcess", double.NaN), "ms",
            "store port mean", mean.GetValueOrDefault("StorePort", double.NaN)));
    }
}

await IngestionSuite.RunAsync(settings, report, cancel.Token);

var header = run.ToMarkdown(DateTimeOffset.UtcNow);
await report.WriteAsync(settings.OutputFolder, "report-" + settings.Mode, header, cancel.Token);
Console.WriteLine(header + report.ToMarkdown());
// Smoke mode exists to catch a benchmark that no longer runs; a full run reports failures in its table.
var failed = report.Figures.Any(f => double.IsNaN(f.Value));
return failed && settings.Mode == "smoke" ? 1 : 0;
