namespace TreatyGraph.Ingestion.Rules;

/// <summary>Lower-case role words ("the prime minister") that refer back to a person holding <see cref="Title"/>.</summary>
internal sealed record NominalRule(IReadOnlyList<string> Words, string Title);
