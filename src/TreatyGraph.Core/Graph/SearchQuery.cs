using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Graph;

/// <summary>Find entities by name or alias, in any script, ignoring case and accents.</summary>
public sealed record SearchQuery(string Text, IReadOnlyList<EntityKind> Kinds, int First = 10);
