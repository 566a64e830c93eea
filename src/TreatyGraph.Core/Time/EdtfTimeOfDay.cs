using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyGraph.Core.Time;

/// <summary>
/// Checks the time of an EDTF level-0 date-time (<c>23:20:30</c>, <c>10:10:10Z</c>, <c>10:10:10+05:00</c>,
/// <c>10:10:10-04</c>). The time never changes which day a date covers, so nothing of it is kept.
/// </summary>
internal static partial class EdtfTimeOfDay
{
    public static void Check(string input, string time)
    {
        var m = TimePattern().Match(time);
        if (!m.Success)
        {
            throw new EdtfFormatException(input, "a time is hh:mm:ss, then optionally Z, +hh, -hh, +hh:mm or -hh:mm");
        }

        Within(input, m.Groups["h"].Value, 23, "hour");
        Within(input, m.Groups["min"].Value, 59, "minute");
        Within(input, m.Groups["s"].Value, 59, "second");
        if (m.Groups["zh"].Success)
        {
            Within(input, m.Groups["zh"].Value, 14, "time shift hour");
        }

        if (m.Groups["zm"].Success)
        {
            Within(input, m.Groups["zm"].Value, 59, "time shift minute");
        }
    }

    private static void Within(string input, string digits, int max, string what)
    {
        if (int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) > max)
        {
            throw new EdtfFormatException(input, $"{what} {digits} is not 00–{max}");
        }
    }

    [GeneratedRegex(@"^(?<h>[0-9]{2}):(?<min>[0-9]{2}):(?<s>[0-9]{2})(?:\.[0-9]+)?(?:Z|[+-](?<zh>[0-9]{2})(?::(?<zm>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
