using TreatyGraph.Synthetic;

namespace TreatyGraph.Benchmarks.Datasets;

/// <summary>A generated graph loaded into an embedded store database, with how the load went and its landmarks.</summary>
internal sealed record Dataset(int Scale, int Seed, string DatabasePath, LoadFigures Load, SyntheticLandmarks Landmarks);
