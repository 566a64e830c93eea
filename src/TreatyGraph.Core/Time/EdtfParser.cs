using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Core.Time;

/// <summary>
/// Parses the EDTF TreatyGraph supports: level 0 (dates, date-times, intervals of dates), level 1
/// (qualifiers <c>? ~ %</c> after a date, unspecified digits from the right <c>201X</c>/<c>1985-XX</c>, open
/// <c>..</c> and unknown (empty) interval ends, seasons 21–24, negative years) and from level 2 the sub-year
/// groupings 25–41. Years stay within ±9999, so <c>Y</c>-prefixed years (always more than four digits) are
/// recognised and rejected. Everything else is rejected with a reason.
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

        if (text.Any(char.IsWhiteSpace))
        {
            throw new EdtfFormatException(input, "it contains white space; EDTF has none (1956-10-19, 1945/1991)");
        }

        if (text.AsSpan().IndexOfAny("[]{}") >= 0)
        {
            throw new EdtfFormatException(input, "sets ([...] and {...}) are not supported; give a single date or an interval");
        }

        if (EdtfDiagnosis.IsDayFirst(text))
        {
            throw new EdtfFormatException(input, EdtfDiagnosis.DayFirstReason);
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return text == ".."
                ? throw new EdtfFormatException(input, "'..' is only allowed as one end of an interval (1991/..)")
                : (ParsePoint(input, text), null);
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

    private static EdtfPoint ParseEnd(string input, string part)
    {
        switch (part)
        {
            case "":
                return EdtfPoint.Unknown;
            case "..":
                return EdtfPoint.Open;
            default:
                if (part.Contains('T', StringComparison.Ordinal))
                {
                    throw new EdtfFormatException(input, "the ends of an interval are dates without a time of day");
                }

                return ParsePoint(input, part);
        }
    }

    private static EdtfPoint ParsePoint(string input, string part)
    {
        var m = PointPattern().Match(part);
        if (!m.Success)
        {
            throw new EdtfFormatException(input, EdtfDiagnosis.Explain(part));
        }

        var qualifier = m.Groups["q"].Value switch
        {
            "?" => EdtfQualifier.Uncertain,
            "~" => EdtfQualifier.Approximate,
            "%" => EdtfQualifier.Uncertain | EdtfQualifier.Approximate,
            _ => EdtfQualifier.None,
        };
        var (year, unspecifiedDigits) = ParseYear(input, m.Groups["y"].Value);
        var month = ParseMonth(input, m.Groups["m"].Value, unspecifiedDigits);
        var day = ParseDay(input, m.Groups["d"].Value, year, month);

        if (m.Groups["t"].Success)
        {
            if (day is null)
            {
                throw new EdtfFormatException(input, "a time of day needs a complete date (1985-04-12T23:20:30)");
            }

            if (qualifier != EdtfQualifier.None)
            {
                throw new EdtfFormatException(input, "a date with a time cannot be qualified");
            }

            EdtfTimeOfDay.Check(input, m.Groups["t"].Value);
        }

        return new EdtfPoint(EdtfPointKind.Date, year, unspecifiedDigits, month, day, qualifier);
    }

    private static (int Year, int UnspecifiedDigits) ParseYear(string input, string text)
    {
        if (text.StartsWith('Y'))
        {
            var digits = text.AsSpan(text.StartsWith("Y-", StringComparison.Ordinal) ? 2 : 1).TrimStart('0');
            throw new EdtfFormatException(input, digits.Length <= 4
                ? "the Y prefix is only for years of more than four digits; write 1234 or -1234"
                : "years beyond ±9999 are not supported");
        }

        if (text == "-0000")
        {
            throw new EdtfFormatException(input, "year zero is written 0000, without a sign");
        }

        var negative = text.StartsWith('-');
        var yearDigits = negative ? text[1..] : text;
        var known = yearDigits.TrimEnd('X');
        if (known.Contains('X', StringComparison.Ordinal))
        {
            throw new EdtfFormatException(input, "only the last digits of a year may be unspecified (195X, 19XX, 1XXX)");
        }

        var xs = yearDigits.Length - known.Length;
        if (xs == 4)
        {
            throw new EdtfFormatException(input, "a year with no known digit (XXXX) has no bounds");
        }

        if (xs > 0 && negative)
        {
            throw new EdtfFormatException(input, "unspecified digits in a negative year are not supported");
        }

        var year = int.Parse(yearDigits.Replace('X', '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        return (negative ? -year : year, xs);
    }

    private static int? ParseMonth(string input, string text, int unspecifiedYearDigits)
    {
        if (text.Length == 0 || text == "XX")
        {
            return null;
        }

        if (unspecifiedYearDigits > 0)
        {
            throw new EdtfFormatException(input, "a year with unspecified digits cannot have a known month; write the month XX or leave it out");
        }

        var month = ParseDigits(input, text, "month");
        return month is < 1 or > 12 && !SubYear.IsCode(month)
            ? throw new EdtfFormatException(input, $"month {text} is not 01–12 or a sub-year grouping 21–41")
            : month;
    }

    private static int? ParseDay(string input, string text, int year, int? month)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (month > 12)
        {
            throw new EdtfFormatException(input, "a season, quarter, third or half of a year has no day");
        }

        if (text == "XX")
        {
            return null;
        }

        // A month is only missing here when it was written XX.
        if (month is null)
        {
            throw new EdtfFormatException(input, "a known day in an unspecified month (1985-XX-15) is not supported");
        }

        var day = ParseDigits(input, text, "day");
        return day < 1 || day > EdtfPoint.DaysIn(year, month.Value)
            ? throw new EdtfFormatException(input, $"day {text} does not exist in {EdtfPoint.YearText(year)}-{month:00}")
            : day;
    }

    private static int ParseDigits(string input, string text, string what) =>
        text.Contains('X', StringComparison.Ordinal)
            ? throw new EdtfFormatException(input, $"a partly unspecified {what} ('{text}') is not supported; write XX")
            : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    // The time is captured loosely here and checked by EdtfTimeOfDay, which can say what is wrong with it.
    [GeneratedRegex(@"^(?<y>Y-?[0-9]+|-?[0-9X]{4})(?:-(?<m>[0-9X]{2})(?:-(?<d>[0-9X]{2})(?:T(?<t>[0-9:.+\-Z]+))?)?)?(?<q>[?~%])?$", RegexOptions.CultureInvariant)]
    private static partial Regex PointPattern();
}
