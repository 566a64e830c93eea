using System.Text.RegularExpressions;

namespace TreatyGraph.Core.Time;

/// <summary>
/// Says why a date that matched no supported form was rejected, naming the usual mistakes (day first, no
/// hyphens, lower-case x) and the EDTF features left out on purpose (exponents, partial qualification).
/// </summary>
internal static partial class EdtfDiagnosis
{
    public const string Expected =
        "expected YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ?, ~ or %), 195X, 19XX, 1985-XX, YYYY-21 to YYYY-41, or an interval A/B with '..' for an open end";

    public const string DayFirstReason = "EDTF is year first: YYYY, YYYY-MM or YYYY-MM-DD";

    public static bool IsDayFirst(string text) => DayFirst().IsMatch(text);

    public static string Explain(string part)
    {
        if (part.AsSpan().IndexOfAny("xu") >= 0 && LowerCaseUnspecified().IsMatch(part))
        {
            return "unspecified digits are written with an upper-case X (195X), not x or u";
        }

        if (DoubleQualifier().IsMatch(part))
        {
            return "a date takes one qualifier: ? uncertain, ~ approximate, % both";
        }

        if (part.AsSpan().IndexOfAny("?~%") >= 0 && DateShape().IsMatch(Unqualified().Replace(part, string.Empty)))
        {
            return "only a whole date can be qualified: put ?, ~ or % at its end (2004-06-11?)";
        }

        if (Exponent().IsMatch(part))
        {
            return "exponential years (Y17E7) and significant digits (1950S2) are not supported";
        }

        if (part.Equals("open", StringComparison.OrdinalIgnoreCase) || part.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return "an open interval end is written '..' and an unknown one is left empty (1991/.., 1991/)";
        }

        if (BasicFormat().IsMatch(part))
        {
            return "EDTF separates year, month and day with hyphens (1956-10-19)";
        }

        // Digits in the right order but the wrong lengths: the year, or else a one-digit month or day.
        var numeric = NumericDate().Match(part);
        if (!numeric.Success)
        {
            return Expected;
        }

        return numeric.Groups["y"].Length switch
        {
            < 4 => "a year has four digits (0956, not 956)",
            > 4 => "years beyond ±9999 are not supported",
            _ => "months and days have two digits (1956-01-05)",
        };
    }

    [GeneratedRegex(@"^[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^-?[0-9Xxu]{4}(-[0-9Xxu]{2}){0,2}[?~%]?$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseUnspecified();

    [GeneratedRegex(@"[?~%]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleQualifier();

    [GeneratedRegex(@"[?~%]", RegexOptions.CultureInvariant)]
    private static partial Regex Unqualified();

    [GeneratedRegex(@"^-?[0-9X]{4}(-[0-9X]{2}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^(Y-?[0-9]+E[0-9]+(S[0-9]+)?|Y?-?[0-9]+S[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Exponent();

    [GeneratedRegex(@"^-?([0-9]{6}|[0-9]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex BasicFormat();

    [GeneratedRegex(@"^-?(?<y>[0-9]+)(-[0-9]{1,2}){0,2}[?~%]?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
