using System.Globalization;
using Bogus;

namespace TreatyGraph.Core.Tests.Time;

/// <summary>
/// A random EDTF date with its first and last day worked out independently of the parser, on the BCL's
/// <see cref="DateOnly"/>. Years before 1 CE are moved 8000 years on (20 whole 400-year Gregorian cycles,
/// so leap years fall alike) and their day numbers moved back by the days of those cycles.
/// </summary>
internal sealed record GeneratedDate(string Edtf, OracleDay First, OracleDay Last)
{
    public const int MinYear = -7999;
    public const int MaxYear = 9998;

    // EDTF sub-year groupings: first month and number of months.
    private static readonly Dictionary<int, (int FirstMonth, int Months)> Groupings = new()
    {
        [21] = (3, 3),
        [22] = (6, 3),
        [23] = (9, 3),
        [24] = (12, 3),
        [25] = (3, 3),
        [26] = (6, 3),
        [27] = (9, 3),
        [28] = (12, 3),
        [29] = (9, 3),
        [30] = (12, 3),
        [31] = (3, 3),
        [32] = (6, 3),
        [33] = (1, 3),
        [34] = (4, 3),
        [35] = (7, 3),
        [36] = (10, 3),
        [37] = (1, 4),
        [38] = (5, 4),
        [39] = (9, 4),
        [40] = (1, 6),
        [41] = (7, 6),
    };

    private static readonly int[] Codes = [.. Groupings.Keys];

    // Most dates plain, as in the data.
    private static readonly string[] Qualifiers = ["", "", "", "?", "~", "%"];

    public static IReadOnlyList<GeneratedDate> Many(int seed, int count)
    {
        var random = new Randomizer(seed);
        return [.. Enumerable.Range(0, count).Select(_ => random.Number(0, 5) == 0 ? Interval(random) : Point(random))];
    }

    public static GeneratedDate Point(Randomizer random)
    {
        var year = random.Number(MinYear, MaxYear);
        var month = random.Number(1, 12);
        var qualifier = random.ArrayElement(Qualifiers);
        var y = Year(year);
        switch (random.Number(0, 6))
        {
            case 0:
                var day = random.Number(1, OracleDay.DaysIn(year, month));
                var date = OracleDay.Of(year, month, day);
                return new($"{y}-{month:00}-{day:00}{qualifier}", date, date);
            case 1:
                return new($"{y}-{month:00}{qualifier}", OracleDay.Of(year, month, 1), OracleDay.EndOfMonth(year, month, 0));
            case 2:
                return new($"{y}-{month:00}-XX", OracleDay.Of(year, month, 1), OracleDay.EndOfMonth(year, month, 0));
            case 3:
                var code = random.ArrayElement(Codes);
                var (first, months) = Groupings[code];
                return new($"{y}-{code}{qualifier}", OracleDay.Of(year, first, 1), OracleDay.EndOfMonth(year, first, months - 1));
            case 4 when year >= 0:
                var digits = random.Number(1, 3);
                var span = (int)Math.Pow(10, digits);
                var start = year - (year % span);
                var text = Year(start)[..(4 - digits)] + new string('X', digits);
                return new(text + qualifier, OracleDay.Of(start, 1, 1), OracleDay.Of(start + span - 1, 12, 31));
            default:
                return new($"{y}{qualifier}", OracleDay.Of(year, 1, 1), OracleDay.Of(year, 12, 31));
        }
    }

    private static GeneratedDate Interval(Randomizer random)
    {
        var a = Point(random);
        var b = Point(random);
        if (b.Last.Number < a.First.Number)
        {
            (a, b) = (b, a);
        }

        return b.Last.Number < a.First.Number
            ? Point(random)
            : new($"{a.Edtf}/{b.Edtf}", a.First, b.Last);
    }

    private static string Year(int year) =>
        year < 0
            ? "-" + (-year).ToString("0000", CultureInfo.InvariantCulture)
            : year.ToString("0000", CultureInfo.InvariantCulture);
}
