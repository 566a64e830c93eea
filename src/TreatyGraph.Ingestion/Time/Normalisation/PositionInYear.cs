using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>
/// Where in a year a yearless value lies: <c>-06</c> (June), <c>-03-22</c>, <c>-SU</c>, <c>-Q1</c>,
/// <c>-H2</c>, or the whole year narrowed by a mod (the end of the year: September to December).
/// Winter runs from December into the next year.
/// </summary>
internal sealed partial record PositionInYear(int FirstMonth, int FirstDay, int LastMonth, int LastDay)
{
    public static PositionInYear? Parse(string rest, TimexMod? mod)
    {
        var m = Shape().Match(rest);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["m"].Success)
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return null;
            }

            if (m.Groups["d"].Success)
            {
                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                return day is >= 1 and <= 31 ? new PositionInYear(month, day, month, day) : null;
            }

            return new PositionInYear(month, 1, month, 31);
        }

        return m.Groups["code"].Value switch
        {
            "SP" => new PositionInYear(3, 1, 5, 31),
            "SU" => new PositionInYear(6, 1, 8, 31),
            "FA" => new PositionInYear(9, 1, 11, 30),
            "WI" => new PositionInYear(12, 1, 14, 28),
            "Q1" => new PositionInYear(1, 1, 3, 31),
            "Q2" => new PositionInYear(4, 1, 6, 30),
            "Q3" => new PositionInYear(7, 1, 9, 30),
            "Q4" => new PositionInYear(10, 1, 12, 31),
            "H1" => new PositionInYear(1, 1, 6, 30),
            "H2" => new PositionInYear(7, 1, 12, 31),
            "" => mod switch
            {
                TimexMod.Start => new PositionInYear(1, 1, 4, 30),
                TimexMod.Mid => new PositionInYear(5, 1, 8, 31),
                TimexMod.End => new PositionInYear(9, 1, 12, 31),
                _ => new PositionInYear(1, 1, 12, 31),
            },
            _ => null,
        };
    }

    /// <summary>The days this position covers in <paramref name="year"/> (months past 12 run into the next year).</summary>
    public (DateOnly First, DateOnly Last) Range(int year) => (Day(year, FirstMonth, FirstDay), Day(year, LastMonth, LastDay));

    private static DateOnly Day(int year, int month, int day)
    {
        var y = year + ((month - 1) / 12);
        var m = ((month - 1) % 12) + 1;
        return new DateOnly(y, m, Math.Min(day, DateTime.DaysInMonth(y, m)));
    }

    [GeneratedRegex(@"^(?:-(?<m>\d\d)(?:-(?<d>\d\d))?|-(?<code>SP|SU|FA|WI|Q[1-4]|H[12])|(?<code>))(?:T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
