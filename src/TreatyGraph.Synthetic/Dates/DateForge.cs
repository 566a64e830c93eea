using System.Globalization;
using Bogus;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Synthetic.Dates;

/// <summary>
/// Turns a day into the fuzzy date a reporter would have written for it, at every precision EDTF offers:
/// day, month, season, quarter, early/mid/late, half, year, decade, century, intervals, open ends, and
/// approximate or uncertain dates, each with its phrase. The mix mirrors news: mostly days and months.
/// </summary>
internal sealed class DateForge(Randomizer random)
{
    private static readonly string[] Seasons = ["spring", "summer", "autumn", "winter"];
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];
    private static readonly string[] Thirds = ["early", "mid-", "late"];

    // Weights per shape, in the order of the switch in Event().
    private static readonly float[] EventShapeWeights = [40, 14, 5, 5, 8, 4, 10, 3, 1, 5, 2, 0, 0, 4, 2];
    private static readonly float[] OngoingShapeWeights = [40, 14, 5, 5, 8, 4, 10, 3, 1, 5, 2, 4, 2, 4, 2];
    private static readonly float[] PlannedShapeWeights = [50, 20, 8, 0, 10, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>An event's date around <paramref name="day"/>; <paramref name="ongoing"/> events may have open ends ("since March 1990").</summary>
    public DatedPhrase Event(DateOnly day, bool ongoing = false) =>
        Shape(day, ongoing ? OngoingShapeWeights : EventShapeWeights);

    /// <summary>A planned event's date: announcements name a day, a month, a season or a part of a year.</summary>
    public DatedPhrase Planned(DateOnly day) => Shape(day, PlannedShapeWeights);

    private DatedPhrase Shape(DateOnly day, float[] weights)
    {
        var y = day.Year;
        var m = day.Month;
        return Pick(weights) switch
        {
            0 => Day(day),
            1 => new(Parse(Chronology.IsoMonth(day)), "in " + Chronology.MonthText(day)),
            2 => Season(day),
            3 => new(Parse(Sub(y, 33 + ((m - 1) / 3))), $"in the {Ordinals[(m - 1) / 3]} quarter of {y}"),
            4 => new(Parse(Sub(y, 37 + ((m - 1) / 4))), $"in {Thirds[(m - 1) / 4]}{(m is >= 5 and <= 8 ? string.Empty : " ")}{y}"),
            5 => new(Parse(Sub(y, 40 + ((m - 1) / 6))), $"in the {Ordinals[(m - 1) / 6]} half of {y}"),
            6 => new(Parse(Chronology.Year(y)), "in " + Chronology.Year(y)),
            7 => Decade(y),
            8 => new(Parse(Chronology.Year(y)[..2] + "XX"), $"in the {y / 100}00s"),
            9 => DayRange(day, day.AddDays(random.Int(1, 4))),
            10 => YearRange(y, y + random.Int(1, 3)),
            11 => new(Parse(Chronology.IsoMonth(day) + "/.."), "since " + Chronology.MonthText(day)),
            12 => new(Parse("../" + Chronology.Year(y)), "until " + Chronology.Year(y)),
            13 => Qualified(day, approximate: true),
            _ => Qualified(day, approximate: false),
        };
    }

    /// <summary>A day-precision date ("on 19 October 1956").</summary>
    public static DatedPhrase Day(DateOnly day) => new(Parse(Chronology.Iso(day)), "on " + Chronology.DayText(day));

    /// <summary>One end of a validity interval: mostly a day, sometimes only the month or the year.</summary>
    public DatedPhrase Bound(DateOnly day, bool old)
    {
        var u = random.Double();
        var dayShare = old ? 0.45 : 0.75;
        if (u < dayShare)
        {
            return new(Parse(Chronology.Iso(day)), Chronology.DayText(day));
        }

        return u < dayShare + 0.15
            ? new(Parse(Chronology.IsoMonth(day)), Chronology.MonthText(day))
            : new(Parse(Chronology.Year(day.Year)), Chronology.Year(day.Year));
    }

    private int Pick(float[] weights)
    {
        var u = random.Double() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return 0;
    }

    private static DatedPhrase Season(DateOnly day)
    {
        // EDTF winter (24) runs December to February: January and February belong to the previous year's.
        var (year, index) = day.Month switch
        {
            12 => (day.Year, 3),
            1 or 2 => (day.Year - 1, 3),
            _ => (day.Year, (day.Month - 3) / 3),
        };
        return new(Parse(Sub(year, 21 + index)), $"in the {Seasons[index]} of {year}");
    }

    private static DatedPhrase Decade(int year)
    {
        var decade = year / 10 * 10;
        return new(Parse(Chronology.Year(decade)[..3] + "X"), $"in the {decade}s");
    }

    private static DatedPhrase DayRange(DateOnly from, DateOnly to)
    {
        var edtf = Chronology.Iso(from) + "/" + Chronology.Iso(to);
        string phrase;
        if (from.Year != to.Year)
        {
            phrase = $"from {Chronology.DayText(from)} to {Chronology.DayText(to)}";
        }
        else if (from.Month != to.Month)
        {
            phrase = $"from {from.Day} {Chronology.MonthName(from.Month)} to {Chronology.DayText(to)}";
        }
        else
        {
            phrase = $"from {from.Day} to {Chronology.DayText(to)}";
        }

        return new(Parse(edtf), phrase);
    }

    private static DatedPhrase YearRange(int from, int to) =>
        new(Parse($"{Chronology.Year(from)}/{Chronology.Year(to)}"), $"between {from} and {to}");

    private DatedPhrase Qualified(DateOnly day, bool approximate)
    {
        var mark = approximate ? "~" : "?";
        var lead = approximate ? "around " : "possibly ";
        return random.Int(0, 2) switch
        {
            0 => new(Parse(Chronology.Iso(day) + mark), lead + (approximate ? string.Empty : "on ") + Chronology.DayText(day)),
            1 => new(Parse(Chronology.IsoMonth(day) + mark), lead + (approximate ? string.Empty : "in ") + Chronology.MonthText(day)),
            _ => new(Parse(Chronology.Year(day.Year) + mark), lead + (approximate ? string.Empty : "in ") + Chronology.Year(day.Year)),
        };
    }

    private static string Sub(int year, int code) =>
        string.Create(CultureInfo.InvariantCulture, $"{Chronology.Year(year)}-{code}");

    private static FuzzyDate Parse(string edtf) => FuzzyDate.Parse(edtf);
}
