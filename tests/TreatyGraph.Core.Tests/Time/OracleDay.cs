using System.Globalization;

namespace TreatyGraph.Core.Tests.Time;

/// <summary>A proleptic Gregorian day (astronomical years) with a day number that orders all days.</summary>
internal readonly record struct OracleDay(int Year, int Month, int Day, int Number)
{
    private const int ShiftYears = 8000;
    private const int ShiftDays = 20 * 146097;

    public string Iso =>
        (Year < 0 ? "-" + (-Year).ToString("0000", CultureInfo.InvariantCulture) : Year.ToString("0000", CultureInfo.InvariantCulture))
        + string.Create(CultureInfo.InvariantCulture, $"-{Month:00}-{Day:00}");

    public static OracleDay Of(int year, int month, int day)
    {
        var shifted = year < 1;
        var date = new DateOnly(shifted ? year + ShiftYears : year, month, day);
        return new(year, month, day, date.DayNumber - (shifted ? ShiftDays : 0));
    }

    /// <summary>The last day of the month <paramref name="monthsLater"/> months after year-month.</summary>
    public static OracleDay EndOfMonth(int year, int month, int monthsLater)
    {
        var index = (year * 12) + (month - 1) + monthsLater;
        var y = (int)Math.Floor(index / 12.0);
        var m = index - (y * 12) + 1;
        return Of(y, m, DaysIn(y, m));
    }

    public static int DaysIn(int year, int month) =>
        DateTime.DaysInMonth(year < 1 ? year + ShiftYears : year, month);
}
