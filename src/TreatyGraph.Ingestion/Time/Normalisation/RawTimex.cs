namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>A time expression whose value may still hold anchors (<c>@dct-1D</c>) or an unknown year (<c>XXXX-06</c>).</summary>
internal sealed record RawTimex(int Start, int End, TimexType Type, string Value, TimexMod? Mod);
