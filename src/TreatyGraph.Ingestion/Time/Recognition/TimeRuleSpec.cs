namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>One rule as written in a Rules/*.rules file, before its pattern is compiled.</summary>
internal sealed record TimeRuleSpec(string Name, TimexType Type, string Match, string Value, string? Mod, string Where);
