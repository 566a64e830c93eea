namespace TreatyGraph.Ingestion.Time;

/// <summary>TIMEX3 spellings of <see cref="TimexMod"/> (<c>START</c>, <c>MORE_THAN</c>).</summary>
internal static class TimexModNames
{
    private static readonly Dictionary<string, TimexMod> ByName = new(StringComparer.Ordinal)
    {
        ["START"] = TimexMod.Start,
        ["MID"] = TimexMod.Mid,
        ["END"] = TimexMod.End,
        ["APPROX"] = TimexMod.Approx,
        ["MORE_THAN"] = TimexMod.MoreThan,
        ["LESS_THAN"] = TimexMod.LessThan,
        ["EQUAL_OR_MORE"] = TimexMod.EqualOrMore,
        ["EQUAL_OR_LESS"] = TimexMod.EqualOrLess,
    };

    public static TimexMod? Parse(string? name) =>
        name is not null && ByName.TryGetValue(name, out var mod) ? mod : null;

    public static string Name(TimexMod mod) => ByName.First(p => p.Value == mod).Key;
}
