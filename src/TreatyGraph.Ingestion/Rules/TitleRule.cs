namespace TreatyGraph.Ingestion.Rules;

/// <summary>An office title ("Prime Minister"); <see cref="Leader"/> for heads of state or government.</summary>
internal sealed record TitleRule(string Title, bool Leader = false);
