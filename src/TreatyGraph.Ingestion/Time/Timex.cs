namespace TreatyGraph.Ingestion.Time;

/// <summary>
/// A time expression found in a text, as TIMEX3: where it is (<paramref name="Start"/> inclusive,
/// <paramref name="End"/> exclusive, offsets into the string given to <see cref="TemporalTagger.Tag"/>), its
/// words, its type and its normalised value (<c>2013-03-22</c>, <c>2013-W11</c>, <c>P1M</c>,
/// <c>PRESENT_REF</c>, <c>XXXX-WI</c>, <c>2019-Q1</c>, <c>195</c> for the 1950s, <c>19</c> for the 20th
/// century). A value that still holds <c>X</c> where a year belongs could not be anchored (no document date).
/// </summary>
public sealed record Timex(int Start, int End, string Text, TimexType Type, string Value)
{
    /// <summary>TIMEX3 <c>mod</c>: "early" (<see cref="TimexMod.Start"/>), "more than", "about"; null when none.</summary>
    public TimexMod? Mod { get; init; }
}
