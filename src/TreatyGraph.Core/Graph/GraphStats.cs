namespace TreatyGraph.Core.Graph;

/// <summary>How big the graph is.</summary>
public sealed record GraphStats(long Entities, long Events, long Relations, long Articles, long Evidence);
