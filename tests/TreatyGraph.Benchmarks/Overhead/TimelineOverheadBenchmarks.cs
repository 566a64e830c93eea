using BenchmarkDotNet.Attributes;
using TreatyGraph.Benchmarks.Suites;
using TreatyGraph.Synthetic;

namespace TreatyGraph.Benchmarks.Overhead;

/// <summary>
/// BenchmarkDotNet's view of the GraphQL overhead on the timeline page: the raw store calls (baseline) and
/// the same answer through the API's executer, on a cached database named by <c>TG_BENCH_DB</c>.
/// </summary>
[MemoryDiagnoser]
public class TimelineOverheadBenchmarks
{
    private InProcessGraphQL? _graphQL;
    private QueryCase? _timeline;

    [GlobalSetup]
    public void Setup()
    {
        var database = Environment.GetEnvironmentVariable("TG_BENCH_DB") ?? throw new InvalidOperationException("TG_BENCH_DB is not set");
        var scale = int.Parse(Environment.GetEnvironmentVariable("TG_BENCH_SCALE") ?? "1500", System.Globalization.CultureInfo.InvariantCulture);
        var seed = int.Parse(Environment.GetEnvironmentVariable("TG_BENCH_SEED") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        _graphQL = InProcessGraphQL.StartAsync(database, CancellationToken.None).GetAwaiter().GetResult();
        _timeline = QueryCases.For(new SyntheticGraph(scale, seed).Landmarks)[0];
    }

    [Benchmark(Baseline = true)]
    public Task StorePort() => _timeline!.Raw(_graphQL!.Store, CancellationToken.None);

    [Benchmark]
    public Task<string> GraphQLInProcess() => _graphQL!.ExecuteAsync(_timeline!.Query, _timeline.VariablesJson, CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup() => _graphQL?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
