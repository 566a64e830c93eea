using TreatyGraph.Core.Graph;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>
/// One query of the benchmark, asked two ways that give the same answer: through GraphQL (query text and
/// variables) and straight from the store port (<see cref="Raw"/>: the calls the resolvers would make).
/// </summary>
internal sealed record QueryCase(
    string Name,
    string Query,
    string VariablesJson,
    Func<IGraphStore, CancellationToken, Task> Raw,
    string? Target = null,
    double TargetP99Ms = double.NaN);
