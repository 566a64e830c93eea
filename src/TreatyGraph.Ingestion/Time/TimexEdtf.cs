using System.Globalization;
using System.Text.RegularExpressions;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Ingestion.Time;

/// <summary>
/// TIMEX3 value and mod to EDTF, keeping no more precision than the text had: a year stays a year,
/// "early 2019" is <c>2019-37</c>, "the 1950s" <c>195X</c>, "the mid-20th century" <c>195X</c>, a week
/// the interval of its days, "early December 2012" <c>2012-12-01/2012-12-10</c>. Times of day keep only
/// their day. "about 1950" is <c>1950~</c>.
/// </summary>
internal static partial class TimexEdtf
{
    public static FuzzyDate? ToFuzzyDate(Timex timex, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(timex);
        if (timex.Type is TimexType.Duration or TimexType.Set)
        {
            return null;
        }

        var edtf = timex.Value == "PRESENT_REF"
            ? documentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : ConvertWithinCalendar(timex.Value, timex.Mod);
        return edtf is not null && FuzzyDate.TryParse(edtf, out var date) ? date with { Phrase = timex.Text } : null;
    }

    // The last week of year 9999 runs past the calendar DateOnly knows: no date rather than an exception.
    private static string? ConvertWithinCalendar(string value, TimexMod? mod)
    {
        try
        {
            return Convert(value, mod);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    internal static string? Convert(string value, TimexMod? mod)
    {
        var m = Shape().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var approx = mod == TimexMod.Approx ? "~" : string.Empty;
        var y = m.Groups["y"].Value;
        if (y.Length == 2)
        {
            return Century(y, mod);
        }

        if (y.Length == 3)
        {
            return Decade(y, mod) + (mod is TimexMod.Start or TimexMod.Mid or TimexMod.End ? string.Empty : approx);
        }

        var year = int.Parse(y, CultureInfo.InvariantCulture);
        if (m.Groups["week"].Success)
        {
            return Week(year, int.Parse(m.Groups["week"].Value, CultureInfo.InvariantCulture), m.Groups["we"].Success, m.Groups["wd"].Value);
        }

        if (m.Groups["code"].Success)
        {
            return $"{y}-{SubYearCode(m.Groups["code"].Value)}{approx}";
        }

        if (m.Groups["d"].Success)
        {
            return $"{y}-{m.Groups["m"].Value}-{m.Groups["d"].Value}{approx}";
        }

        if (m.Groups["m"].Success)
        {
            return Month(year, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), mod) ?? $"{y}-{m.Groups["m"].Value}{approx}";
        }

        return mod switch
        {
            TimexMod.Start => $"{y}-37",
            TimexMod.Mid => $"{y}-38",
            TimexMod.End => $"{y}-39",
            _ => y + approx,
        };
    }

    private static string Century(string cc, TimexMod? mod) => mod switch
    {
        TimexMod.Start => $"{cc}0X/{cc}2X",
        TimexMod.Mid => $"{cc}5X",
        TimexMod.End => $"{cc}7X/{cc}9X",
        _ => $"{cc}XX",
    };

    private static string Decade(string ddd, TimexMod? mod) => mod switch
    {
        TimexMod.Start => $"{ddd}0/{ddd}3",
        TimexMod.Mid => $"{ddd}4/{ddd}6",
        TimexMod.End => $"{ddd}7/{ddd}9",
        _ => $"{ddd}X",
    };

    private static string? Month(int year, int month, TimexMod? mod)
    {
        var last = DateTime.DaysInMonth(year, month);
        var (from, to) = mod switch
        {
            TimexMod.Start => (1, 10),
            TimexMod.Mid => (11, 20),
            TimexMod.End => (21, last),
            _ => (0, 0),
        };
        return from == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{from:00}/{year:0000}-{month:00}-{to:00}");
    }

    private static string? Week(int year, int week, bool weekend, string weekday)
    {
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        if (weekday.Length == 1)
        {
            return monday.AddDays(weekday[0] - '1').ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var (first, last) = weekend ? (monday.AddDays(5), monday.AddDays(6)) : (monday, monday.AddDays(6));
        return string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd}/{last:yyyy-MM-dd}");
    }

    private static string SubYearCode(string code) => code switch
    {
        "SP" => "21",
        "SU" => "22",
        "FA" => "23",
        "WI" => "24",
        "Q1" => "33",
        "Q2" => "34",
        "Q3" => "35",
        "Q4" => "36",
        "H1" => "40",
        _ => "41",
    };

    [GeneratedRegex(@"^(?<y>\d{2,4})(?:-W(?<week>\d\d)(?:-(?<we>WE)|-(?<wd>[1-7]))?|-(?<code>SP|SU|FA|WI|Q[1-4]|H[12])|-(?<m>\d\d)(?:-(?<d>\d\d))?)?(?:T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
