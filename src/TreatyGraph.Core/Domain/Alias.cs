namespace TreatyGraph.Core.Domain;

/// <summary>Another name of an entity, with its BCP 47 language tag where known ("ja", "ru", "ja-Latn").</summary>
public sealed record Alias(string Name, string? Language = null);
