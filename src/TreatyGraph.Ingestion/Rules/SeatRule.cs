namespace TreatyGraph.Ingestion.Rules;

/// <summary>A city that stood for a state's government from <see cref="From"/> to <see cref="To"/> (EDTF, open when null).</summary>
internal sealed record SeatRule(string Name, string? From = null, string? To = null);
