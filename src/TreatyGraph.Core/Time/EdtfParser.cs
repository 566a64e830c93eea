using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Core.Time;

/// <summary>
/// Parses the EDTF TreatyGraph supports: level 0 (dates, date-times, intervals), level 1 (qualifiers
/// <c>? ~ %</c>, unspecified digits <c>201X</c>/<c>1985-XX</c>, open and unknown interval ends, seasons,
/// <c>Y</c>-prefixed and negative years within ±9999) and from level 2 the sub-year groupings 21–41 and
/// unspecified year digits <c>19XX</c>/<c>1XXX</c>. Everything else is rejected with a reason.
/// </summary>
internal static partial class EdtfParser
{
    public static (EdtfPoint Start, EdtfPoint? End) Parse(string input)
    {
        var text = input.Trim();
        if (text.Length == 0)
        {
            throw new EdtfFormatException(input, "it is empty");
        }

        if (text.Contains('[', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal))
        {
            throw new EdtfFormatException(input, "sets ([...] and {...}) are not supported; give a single date or an interval");
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            var point = ParsePoint(input, text);
            return point.IsDate
                ? (point, null)
                : throw new EdtfFormatException(input, "'..' is only allowed as one end of an interval");
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            throw new EdtfFormatException(input, "an interval has exactly one '/'");
        }

        var start = ParseEnd(input, text[..slash]);
        var end = ParseEnd(input, text[(slash + 1)..]);
        if (!start.IsDate && !end.IsDate)
        {
            throw new EdtfFormatException(input, "at least one end of an interval must be a date");
        }

        if (start.IsDate && end.IsDate && start.EarliestKey > end.LatestKey)
        {
            throw new EdtfFormatException(input, "the interval ends before it starts");
        }

        return (start, end);
    }

    private static EdtfPoint ParseEnd(string input, string part) => part switch
    {
        "" => EdtfPoint.Unknown,
        ".." => EdtfPoint.Open,
        _ => ParsePoint(input, part),
    };

    private static EdtfPoint ParsePoint(string input, string part)
    {
        if (part == "..")
        {
            return EdtfPoint.Open;
        }

        var m = PointPattern().Match(part);
        if (!m.Success)
        {
            throw new EdtfFormatException(input, Explain(part));
        }

        var qualifier = m.Groups["q"].Value switch
        {
            "?" => EdtfQualifier.Uncertain,
            "~" => EdtfQualifier.Approximate,
            "%" => EdtfQualifier.Uncertain | EdtfQualifier.Approximate,
            _ => EdtfQualifier.None,
        };
        if (qualifier != EdtfQualifier.None && m.Groups["t"].Success)
        {
            throw new EdtfFormatException(input, "a date with a time cannot be qualified");
        }

        var (year, unspecifiedDigits) = ParseYear(input, m.Groups["y"].Value);
        int? month = null;
        int? day = null;
        var monthText = m.Groups["m"].Value;
        var dayText = m.Groups["d"].Value;
        if (monthText.Length > 0 && monthText != "XX")
        {
            if (unspecifiedDigits > 0)
            {
                throw new EdtfFormatException(input, "a year with unspecified digits cannot have a known month");
            }

            month = ParseDigits(input, monthText, "month");
            if (month is < 1 or (> 12 and < 21) or > 41)
            {
                throw new EdtfFormatException(input, $"month {monthText} is not 01–12 or a sub-year grouping 21–41");
            }
        }

        if (dayText.Length > 0 && dayText != "XX")
        {
            if (month is null)
            {
                throw new EdtfFormatException(input, "a day needs a known month");
            }

            if (month > 12)
            {
                throw new EdtfFormatException(input, "a season, quarter or half-year has no day");
            }

            day = ParseDigits(input, dayText, "day");
            if (day < 1 || day > EdtfPoint.DaysIn(year, month.Value))
            {
                throw new EdtfFormatException(input, $"day {dayText} does not exist in {year:0000}-{month:00}");
            }
        }
        else if (dayText == "XX" && monthText != "XX" && month is > 12)
        {
            throw new EdtfFormatException(input, "a season, quarter or half-year has no day");
        }

        if (monthText == "XX" && dayText.Length > 0 && dayText != "XX")
        {
            throw new EdtfFormatException(input, "a known day in an unspecified month is not supported");
        }

        return new EdtfPoint(EdtfPointKind.Date, year, unspecifiedDigits, month, day, qualifier);
    }

    private static (int Year, int UnspecifiedDigits) ParseYear(string input, string text)
    {
        if (text.StartsWith('Y'))
        {
            var value = long.Parse(text.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return value is < -9999 or > 9999
                ? throw new EdtfFormatException(input, "years beyond ±9999 are not supported")
                : ((int)value, 0);
        }

        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var xs = digits.Length - digits.TrimEnd('X').Length;
        if (digits.TrimEnd('X').Contains('X', StringComparison.Ordinal))
        {
            throw new EdtfFormatException(input, "only the last digits of a year may be unspecified (195X, 19XX, 1XXX)");
        }

        if (xs == 4)
        {
            throw new EdtfFormatException(input, "a year with no known digit (XXXX) has no bounds");
        }

        if (xs > 0 && negative)
        {
            throw new EdtfFormatException(input, "unspecified digits in a negative year are not supported");
        }

        var year = int.Parse(digits.Replace('X', '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        return (negative ? -year : year, xs);
    }

    private static int ParseDigits(string input, string text, string what)
    {
        if (text.Contains('X', StringComparison.Ordinal))
        {
            throw new EdtfFormatException(input, $"a partly unspecified {what} ('{text}') is not supported");
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string Explain(string part)
    {
        if (part.Length > 0 && "?~%".Contains(part[0], StringComparison.Ordinal))
        {
            return "qualifiers go after the date (1956?), not inside it";
        }

        if (part.Contains('E', StringComparison.Ordinal) || part.Contains('S', StringComparison.Ordinal))
        {
            return "exponential years and significant digits are not supported";
        }

        if (DayMonthYear().IsMatch(part))
        {
            return "EDTF is year first: YYYY, YYYY-MM or YYYY-MM-DD";
        }

        return "expected YYYY, YYYY-MM, YYYY-MM-DD (with ?, ~ or % after it), 195X, 19XX, YYYY-21..41, or an interval A/B with '..' for an open end";
    }

    [GeneratedRegex(@"^(?<y>Y-?\d{5,}|-?[0-9X]{4})(?:-(?<m>[0-9X]{2})(?:-(?<d>[0-9X]{2})(?<t>T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?(?<q>[?~%])?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointPattern();

    [GeneratedRegex(@"^\d{1,2}[-./]\d{1,2}[-./]\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();
}
