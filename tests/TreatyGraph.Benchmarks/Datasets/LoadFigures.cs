namespace TreatyGraph.Benchmarks.Datasets;

/// <summary>
/// How long loading a scale took and what it left on disk, for the store and for the bare SQLite
/// baseline. Seconds count only time inside the store (or baseline) calls, not generation.
/// </summary>
internal sealed record LoadFigures(
    long Facts,
    long Entities,
    long Articles,
    double StoreSeconds,
    long StoreBytes,
    double BaselineSeconds,
    long BaselineBytes)
{
    public double StoreFactsPerSecond => Facts / StoreSeconds;

    public double BaselineFactsPerSecond => Facts / BaselineSeconds;
}
