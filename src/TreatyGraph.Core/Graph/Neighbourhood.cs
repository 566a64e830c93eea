using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Graph;

/// <summary>The entities within a few hops of a centre entity and the links between them.</summary>
public sealed record Neighbourhood(string CenterId, IReadOnlyList<Entity> Entities, IReadOnlyList<Link> Links);
