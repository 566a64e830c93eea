namespace TreatyGraph.Synthetic;

/// <summary>How far a generation has got: facts (events plus relations), articles and entities written or stored.</summary>
public readonly record struct GenerationProgress(long Facts, long Articles, long Entities);
