namespace TreatyGraph.Exports.Timelines;

/// <summary>
/// A TimelineJS date object: only the parts the fuzzy date knows. A year has no month, a month has no day;
/// nothing is ever filled in to make a date look more precise than its source.
/// </summary>
public readonly record struct TimelineJsDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>Splits a <c>yyyymmdd</c> key (negative years included) and keeps the parts down to <paramref name="depth"/>.</summary>
    internal static TimelineJsDate FromKey(int key, TimelineJsDepth depth)
    {
        // Floor division: year*10000 + mmdd leaves a positive mmdd for negative years only that way.
        var year = Math.DivRem(key, 10000, out var rest);
        if (rest < 0)
        {
            year--;
            rest += 10000;
        }

        var (month, day) = Math.DivRem(rest, 100);
        return depth switch
        {
            TimelineJsDepth.Year => new TimelineJsDate(year),
            TimelineJsDepth.Month => new TimelineJsDate(year, month),
            _ => new TimelineJsDate(year, month, day),
        };
    }

    /// <summary>Orders dates by their first possible day (a missing part counts as the first).</summary>
    internal int SortKey => (Year * 10000) + ((Month ?? 1) * 100) + (Day ?? 1);
}
