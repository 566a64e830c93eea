using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Graph;

/// <summary>An entity found by search, the name or alias that matched, and its rank score (higher is better).</summary>
public sealed record SearchHit(Entity Entity, string MatchedName, double Score);
