namespace TreatyGraph.Core.Time;

/// <summary>
/// EDTF level-2 sub-year groupings 21–41: the months each covers (13 and 14 are January and February of
/// the next year) and the words used to show them.
/// </summary>
internal static class SubYear
{
    public static bool IsCode(int code) => code is >= 21 and <= 41;

    public static (int First, int Last) Months(int code) => code switch
    {
        21 or 25 => (3, 5),
        22 or 26 => (6, 8),
        23 or 27 => (9, 11),
        24 or 28 => (12, 14),
        29 => (9, 11),
        30 => (12, 14),
        31 => (3, 5),
        32 => (6, 8),
        33 => (1, 3),
        34 => (4, 6),
        35 => (7, 9),
        36 => (10, 12),
        37 => (1, 4),
        38 => (5, 8),
        39 => (9, 12),
        40 => (1, 6),
        41 => (7, 12),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not an EDTF sub-year grouping"),
    };

    public static string Display(int code, string yearText) => code switch
    {
        21 or 22 or 23 or 24 => $"{Season(code - 21)} {yearText}",
        25 or 26 or 27 or 28 => $"{Season(code - 25)} {yearText} (Northern Hemisphere)",
        29 or 30 or 31 or 32 => $"{Season(code - 29)} {yearText} (Southern Hemisphere)",
        33 or 34 or 35 or 36 => $"{Ordinal(code - 33)} quarter of {yearText}",
        37 => $"early {yearText}",
        38 => $"mid-{yearText}",
        39 => $"late {yearText}",
        40 => $"first half of {yearText}",
        41 => $"second half of {yearText}",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not an EDTF sub-year grouping"),
    };

    private static string Season(int index) => index switch
    {
        0 => "spring",
        1 => "summer",
        2 => "autumn",
        _ => "winter",
    };

    private static string Ordinal(int index) => index switch
    {
        0 => "first",
        1 => "second",
        2 => "third",
        _ => "fourth",
    };
}
