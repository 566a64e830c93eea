using System.Globalization;

namespace TreatyGraph.Core.Time;

/// <summary>Human text for EDTF: "19 October 1956", "November 2018", "early 2019", "the 1950s", "1945–1946".</summary>
internal static class FuzzyDateDisplay
{
    // Fixed English names: output must not depend on the host's culture or ICU data.
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string Format(EdtfPoint start, EdtfPoint? end)
    {
        if (end is not { } e)
        {
            return Point(start);
        }

        if (!start.IsDate)
        {
            return $"until {Point(e)}";
        }

        return e.Kind switch
        {
            EdtfPointKind.Open => $"since {Point(start)}",
            EdtfPointKind.Unknown => $"from {Point(start)}, end unknown",
            _ => Range(start, e),
        };
    }

    private static string Range(EdtfPoint a, EdtfPoint b)
    {
        var plain = a.Qualifier == EdtfQualifier.None && b.Qualifier == EdtfQualifier.None
            && a.UnspecifiedYearDigits == 0 && b.UnspecifiedYearDigits == 0;
        if (plain && a.Year == b.Year && a.Precision == b.Precision)
        {
            switch (a.Precision)
            {
                case DatePrecision.Day when a.Month == b.Month:
                    return $"{a.Day}–{b.Day} {MonthName(a.Month!.Value)} {Year(a.Year)}";
                case DatePrecision.Day:
                    return $"{a.Day} {MonthName(a.Month!.Value)} – {b.Day} {MonthName(b.Month!.Value)} {Year(a.Year)}";
                case DatePrecision.Month:
                    return $"{MonthName(a.Month!.Value)}–{MonthName(b.Month!.Value)} {Year(a.Year)}";
                default:
                    break;
            }
        }

        var left = Point(a);
        var right = Point(b);
        if (left == right)
        {
            return left;
        }

        return plain && a.Precision == DatePrecision.Year && b.Precision == DatePrecision.Year
            ? $"{left}–{right}"
            : $"{left} – {right}";
    }

    private static string Point(EdtfPoint p)
    {
        var text = Bare(p);
        return p.Qualifier switch
        {
            EdtfQualifier.Uncertain => $"{text} (uncertain)",
            EdtfQualifier.Approximate => $"c. {text}",
            EdtfQualifier.Uncertain | EdtfQualifier.Approximate => $"c. {text} (uncertain)",
            _ => text,
        };
    }

    private static string Bare(EdtfPoint p)
    {
        switch (p.UnspecifiedYearDigits)
        {
            case 1:
                return $"the {p.Year}s";
            case 2:
                return $"the {p.Year}s";
            case 3:
                return $"{p.Year}–{p.Year + 999}";
            default:
                break;
        }

        var year = Year(p.Year);
        return p.Month switch
        {
            null => year,
            > 12 => SubYear.Display(p.Month.Value, p.Year, year),
            _ when p.Day is null => $"{MonthName(p.Month.Value)} {year}",
            _ => $"{p.Day} {MonthName(p.Month.Value)} {year}",
        };
    }

    private static string MonthName(int month) => Months[month - 1];

    /// <summary>Astronomical year numbering: year 0 is 1 BCE, -44 is 45 BCE.</summary>
    private static string Year(int year) =>
        year > 0 ? year.ToString(CultureInfo.InvariantCulture) : $"{1 - year} BCE";
}
