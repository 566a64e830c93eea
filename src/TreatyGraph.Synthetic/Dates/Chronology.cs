using System.Globalization;

namespace TreatyGraph.Synthetic.Dates;

/// <summary>
/// The fixed calendar of the synthetic world: history from 1900, "now" at the end of 2026 (never the
/// machine's clock, so output does not change from day to day), plans up to 2028. Names are English and
/// culture-independent.
/// </summary>
internal static class Chronology
{
    public static readonly DateOnly Dawn = new(1900, 1, 1);
    public static readonly DateOnly Now = new(2026, 12, 31);
    public static readonly DateOnly PlanHorizon = new(2028, 12, 31);

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string MonthName(int month) => Months[month - 1];

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoMonth(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string DayText(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {MonthName(day.Month)} {day.Year}");

    public static string MonthText(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{MonthName(day.Month)} {day.Year}");

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
