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

        return (start.Kind, e.Kind) switch
        {
            (EdtfPointKind.Open, _) => $"until {Point(e)}",
            (EdtfPointKind.Unknown, _) => $"until {Point(e)}, start unknown",
            (_, EdtfPointKind.Open) => $"since {Point(start)}",
            (_, EdtfPointKind.Unknown) => $"from {Point(start)}, end unknown",
            _ => Range(start, e),
        };
    }

    private static string Range(EdtfPoint a, EdtfPoint b)
    {
        var left = Point(a);
        var right = Point(b);
        if (left == right)
        {
            return left;
        }

        var plain = a.Qualifier == EdtfQualifier.None && b.Qualifier == EdtfQualifier.None
            && a.UnspecifiedYearDigits == 0 && b.UnspecifiedYearDigits == 0;
        if (!plain)
        {
            return $"{left} – {right}";
        }

        if (a.Month is null && b.Month is null)
        {
            return Years(a.Year, b.Year);
        }

        if (a.Year != b.Year || a.Month is null or > 12 || b.Month is null or > 12)
        {
            return $"{left} – {right}";
        }

        // Within one year the year is said once: "19–20 October 1956", "March–May 2019", "19 October – 2 November 1956".
        var year = Year(a.Year);
        if (a.Day is null && b.Day is null)
        {
            return $"{MonthName(a.Month!.Value)}–{MonthName(b.Month!.Value)} {year}";
        }

        return a.Month == b.Month && a.Day is not null && b.Day is not null
            ? Invariant($"{a.Day}–{b.Day} {MonthName(a.Month!.Value)} {year}")
            : $"{DayAndMonth(a)} – {DayAndMonth(b)} {year}";
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
        if (p.UnspecifiedYearDigits > 0)
        {
            return Span(p.Year, p.UnspecifiedYearDigits);
        }

        var year = Year(p.Year);
        return p.Month switch
        {
            null => year,
            > 12 => SubYear.Display(p.Month.Value, year),
            _ => $"{DayAndMonth(p)} {year}",
        };
    }

    /// <summary>
    /// "the 1950s" for a decade, "the 1900s" for a century. A decade that starts a century is shown as its
    /// years ("1900–1909") so that it never reads like the century; early years too ("1 BCE–9 CE").
    /// </summary>
    private static string Span(int first, int unspecifiedDigits)
    {
        var last = first + (int)Math.Pow(10, unspecifiedDigits) - 1;
        var named = first >= 1000 && unspecifiedDigits <= 2 && (unspecifiedDigits == 2 || first % 100 != 0);
        return named ? Invariant($"the {first}s") : Years(first, last);
    }

    private static string DayAndMonth(EdtfPoint p) =>
        p.Day is null ? MonthName(p.Month!.Value) : Invariant($"{p.Day} {MonthName(p.Month!.Value)}");

    /// <summary>"1945–1946", "101–44 BCE", "1 BCE–9 CE".</summary>
    private static string Years(int first, int last) => (first, last) switch
    {
        ( > 0, _) => Invariant($"{first}–{last}"),
        (_, <= 0) => Invariant($"{1 - first}–{1 - last} BCE"),
        _ => Invariant($"{1 - first} BCE–{last} CE"),
    };

    private static string MonthName(int month) => Months[month - 1];

    /// <summary>Astronomical year numbering: year 0 is 1 BCE, -44 is 45 BCE.</summary>
    private static string Year(int year) =>
        year > 0 ? year.ToString(CultureInfo.InvariantCulture) : Invariant($"{1 - year} BCE");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
