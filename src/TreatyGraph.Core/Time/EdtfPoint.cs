using System.Globalization;

namespace TreatyGraph.Core.Time;

/// <summary>One end of an EDTF date or interval, as parsed.</summary>
internal readonly record struct EdtfPoint(
    EdtfPointKind Kind,
    int Year,
    int UnspecifiedYearDigits,
    int? Month,
    int? Day,
    EdtfQualifier Qualifier)
{
    public static readonly EdtfPoint Open = new(EdtfPointKind.Open, 0, 0, null, null, EdtfQualifier.None);
    public static readonly EdtfPoint Unknown = new(EdtfPointKind.Unknown, 0, 0, null, null, EdtfQualifier.None);

    public bool IsDate => Kind == EdtfPointKind.Date;

    public DatePrecision Precision => UnspecifiedYearDigits switch
    {
        1 => DatePrecision.Decade,
        2 => DatePrecision.Century,
        3 => DatePrecision.Millennium,
        _ => Month switch
        {
            null => DatePrecision.Year,
            <= 12 => Day is null ? DatePrecision.Month : DatePrecision.Day,
            <= 32 => DatePrecision.Season,
            <= 36 => DatePrecision.Quarter,
            <= 39 => DatePrecision.Quadrimester,
            _ => DatePrecision.Half,
        },
    };

    /// <summary>First day covered, as year*10000 + month*100 + day.</summary>
    public int EarliestKey
    {
        get
        {
            if (UnspecifiedYearDigits > 0)
            {
                return Key(Year, 1, 1);
            }

            return Month switch
            {
                null => Key(Year, 1, 1),
                > 12 => Key(Year, SubYear.Months(Month.Value).First, 1),
                _ => Key(Year, Month.Value, Day ?? 1),
            };
        }
    }

    /// <summary>Last day covered, as year*10000 + month*100 + day.</summary>
    public int LatestKey
    {
        get
        {
            if (UnspecifiedYearDigits > 0)
            {
                var span = (int)Math.Pow(10, UnspecifiedYearDigits);
                return Key(Year + span - 1, 12, 31);
            }

            switch (Month)
            {
                case null:
                    return Key(Year, 12, 31);
                case > 12:
                    var last = SubYear.Months(Month.Value).Last;
                    var y = Year + ((last - 1) / 12);
                    var m = ((last - 1) % 12) + 1;
                    return Key(y, m, DaysIn(y, m));
                default:
                    return Key(Year, Month.Value, Day ?? DaysIn(Year, Month.Value));
            }
        }
    }

    public static int Key(int year, int month, int day) => (year * 10000) + (month * 100) + day;

    /// <summary>A year as EDTF and ISO 8601 write it: four digits at least, a minus sign before BCE years.</summary>
    public static string YearText(int year) =>
        year < 0
            ? "-" + (-year).ToString("0000", CultureInfo.InvariantCulture)
            : year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Days in a month of the proleptic Gregorian calendar, astronomical year numbering (year 0 is 1 BCE).</summary>
    public static int DaysIn(int year, int month) => month switch
    {
        2 => IsLeap(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool IsLeap(int year)
    {
        var y = ((year % 400) + 400) % 400;
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }
}
