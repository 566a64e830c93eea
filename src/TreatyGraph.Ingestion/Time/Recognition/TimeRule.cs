using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>A compiled rule: its pattern, what it yields and its place in the rule order (earlier wins ties).</summary>
internal sealed record TimeRule(string Name, TimexType Type, Regex Pattern, string Value, string? Mod, int Order);
