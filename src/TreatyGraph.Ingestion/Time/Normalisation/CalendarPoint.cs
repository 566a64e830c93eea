using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>
/// A resolved TIMEX3 calendar value as a first day and a granularity, so that it can be moved by whole
/// units ("two years later") and written back at any granularity no finer than it knows.
/// </summary>
internal readonly partial record struct CalendarPoint(DateOnly Day, Granularity Granularity)
{
    public static bool TryParse(string value, out CalendarPoint point)
    {
        point = default;
        var m = ValuePattern().Match(value);
        if (!m.Success)
        {
            return false;
        }

        var digits = m.Groups["y"].Value;
        var year = int.Parse(digits, CultureInfo.InvariantCulture) * (int)Math.Pow(10, 4 - digits.Length);
        if (year < 1)
        {
            return false;
        }

        if (digits.Length < 4)
        {
            point = new CalendarPoint(new DateOnly(year, 1, 1), digits.Length == 3 ? Granularity.Decade : Granularity.Century);
            return true;
        }

        var rest = m.Groups["rest"].Value;
        point = rest switch
        {
            "" => new CalendarPoint(new DateOnly(year, 1, 1), Granularity.Year),
            _ when rest.StartsWith("-W", StringComparison.Ordinal) && int.TryParse(rest.AsSpan(2, 2), CultureInfo.InvariantCulture, out var week)
                => Week(year, week),
            _ when rest.StartsWith("-Q", StringComparison.Ordinal) && rest.Length >= 3 && rest[2] is >= '1' and <= '4'
                => new CalendarPoint(new DateOnly(year, ((rest[2] - '1') * 3) + 1, 1), Granularity.Quarter),
            _ when rest.StartsWith("-H", StringComparison.Ordinal) && rest.Length >= 3 && rest[2] is '1' or '2'
                => new CalendarPoint(new DateOnly(year, rest[2] == '1' ? 1 : 7, 1), Granularity.Half),
            _ when SeasonMonth(rest) is { } month => new CalendarPoint(new DateOnly(year, month, 1), Granularity.Season),
            _ => DayOrMonth(year, rest),
        };
        return point != default;
    }

    /// <summary>This point moved by <paramref name="amount"/> of <paramref name="unit"/>.</summary>
    public CalendarPoint Shift(Granularity unit, int amount) => this with
    {
        Day = unit switch
        {
            Granularity.Day => Day.AddDays(amount),
            Granularity.Week => Day.AddDays(7 * amount),
            Granularity.Month => Day.AddMonths(amount),
            Granularity.Season or Granularity.Quarter => Day.AddMonths(3 * amount),
            Granularity.Half => Day.AddMonths(6 * amount),
            Granularity.Year => Day.AddYears(amount),
            Granularity.Decade => Day.AddYears(10 * amount),
            _ => Day.AddYears(100 * amount),
        },
    };

    /// <summary>The TIMEX3 value at <paramref name="granularity"/>, or at this point's own when that is coarser.</summary>
    public string Format(Granularity granularity)
    {
        var g = granularity < Granularity ? Granularity : granularity;
        var year = Day.Year;
        return g switch
        {
            Granularity.Day => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Granularity.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(Day.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(Day.ToDateTime(TimeOnly.MinValue)):00}"),
            Granularity.Month => Day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Granularity.Season => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{SeasonCode(Day.Month)}"),
            Granularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-Q{((Day.Month - 1) / 3) + 1}"),
            Granularity.Half => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-H{(Day.Month <= 6 ? 1 : 2)}"),
            Granularity.Year => year.ToString("0000", CultureInfo.InvariantCulture),
            Granularity.Decade => (year / 10).ToString("000", CultureInfo.InvariantCulture),
            _ => (year / 100).ToString("00", CultureInfo.InvariantCulture),
        };
    }

    private static CalendarPoint Week(int year, int week) =>
        week >= 1 && week <= ISOWeek.GetWeeksInYear(year)
            ? new CalendarPoint(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)), Granularity.Week)
            : default;

    private static CalendarPoint DayOrMonth(int year, string rest)
    {
        var m = MonthDayPattern().Match(rest);
        if (!m.Success || !int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return default;
        }

        if (!m.Groups["d"].Success)
        {
            return new CalendarPoint(new DateOnly(year, month, 1), Granularity.Month);
        }

        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new CalendarPoint(new DateOnly(year, month, day), Granularity.Day)
            : default;
    }

    private static int? SeasonMonth(string rest) => rest switch
    {
        "-SP" => 3,
        "-SU" => 6,
        "-FA" => 9,
        "-WI" => 12,
        _ => null,
    };

    private static string SeasonCode(int month) => month switch
    {
        >= 3 and <= 5 => "SP",
        >= 6 and <= 8 => "SU",
        >= 9 and <= 11 => "FA",
        _ => "WI",
    };

    [GeneratedRegex(@"^(?<y>\d{2,4})(?<rest>(?:-(?:\d+|W\d+|WE|SP|SU|FA|WI|Q\d|H\d))*)(?:T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"^-(?<m>\d\d)(?:-(?<d>\d\d))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayPattern();
}
