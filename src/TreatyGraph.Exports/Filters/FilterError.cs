namespace TreatyGraph.Exports.Filters;

/// <summary>Why one filter value cannot be used: the parameter's name and the reason, in words a user can act on.</summary>
public sealed record FilterError(string Parameter, string Reason);
