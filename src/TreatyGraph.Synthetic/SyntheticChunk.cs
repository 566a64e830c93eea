using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic;

/// <summary>
/// A slice of the generated facts and the articles that are their evidence: every evidence of these events
/// and relations points at a sentence of these articles, so a chunk can be written or stored on its own.
/// </summary>
public sealed record SyntheticChunk(IReadOnlyList<SyntheticArticle> Articles, IReadOnlyList<Event> Events, IReadOnlyList<Relation> Relations)
{
    /// <summary>Events plus relations: what the scale of a graph counts.</summary>
    public int Facts => Events.Count + Relations.Count;
}
