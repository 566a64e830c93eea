using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// Everything one ingestion (or seed load) adds to the graph, applied by <see cref="IGraphStore.ApplyAsync"/>
/// in one transaction. Applying the same batch twice leaves the graph as applying it once.
/// </summary>
public sealed record GraphBatch
{
    public static readonly GraphBatch Empty = new();

    public IReadOnlyList<Article> Articles { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Event> Events { get; init; } = [];

    public IReadOnlyList<Relation> Relations { get; init; } = [];

    public int Count => Articles.Count + Entities.Count + Events.Count + Relations.Count;
}
