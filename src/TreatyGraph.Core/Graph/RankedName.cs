namespace TreatyGraph.Core.Graph;

/// <summary>An entity ranked by <see cref="NameSearch.Rank"/>: the name that matched best and its score.</summary>
public sealed record RankedName(string EntityId, string MatchedName, double Score);
