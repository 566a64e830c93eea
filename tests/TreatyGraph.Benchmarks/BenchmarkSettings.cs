using System.Globalization;

namespace TreatyGraph.Benchmarks;

/// <summary>What a run measures and how long it spends: <c>--smoke</c> (seconds, checks everything runs) or <c>--full</c>.</summary>
internal sealed record BenchmarkSettings(
    string Mode,
    IReadOnlyList<int> Scales,
    int Seed,
    int Warmup,
    int Iterations,
    TimeSpan QueryBudget,
    TimeSpan LoadWarmup,
    TimeSpan LoadDuration,
    int LoadRounds,
    int Connections,
    string CacheFolder,
    string OutputFolder,
    string ApiDll,
    bool RunBenchmarkDotNet)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        var root = RepositoryRoot();
        var smoke = !args.Contains("--full");
        var scales = Value(args, "--scales")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList()
            ?? (smoke ? [1500] : [10_000, 100_000, 1_000_000]);
        var configuration = File.Exists(Path.Combine(root, "artifacts/bin/TreatyGraph.Api/release/TreatyGraph.Api.dll")) ? "release" : "debug";
        return new BenchmarkSettings(
            smoke ? "smoke" : "full",
            scales,
            int.Parse(Value(args, "--seed") ?? "1", CultureInfo.InvariantCulture),
            // Smoke proves that every benchmark still runs and answers without errors; its numbers mean nothing.
            smoke ? 1 : 5,
            smoke ? 5 : 400,
            smoke ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(20),
            smoke ? TimeSpan.Zero : TimeSpan.FromSeconds(5),
            smoke ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5),
            // Throughput is taken in alternating rounds (API, bare Kestrel, ...) so that both see the same load.
            smoke ? 1 : 3,
            smoke ? 4 : 16,
            Value(args, "--cache") ?? Path.Combine(root, "tests/TreatyGraph.Benchmarks/.cache"),
            Value(args, "--out") ?? Path.Combine(root, "artifacts/benchmarks"),
            Path.GetFullPath(Value(args, "--api-dll") ?? Path.Combine(root, $"artifacts/bin/TreatyGraph.Api/{configuration}/TreatyGraph.Api.dll")),
            !args.Contains("--no-bdn"));
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TreatyGraph.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TreatyGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
