using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TreatyGraph.Core.Time;

/// <summary>
/// A date as precisely as a source knows it, in EDTF: <c>1956-10-19</c>, <c>2018-11</c>, <c>2019-37</c>
/// (early 2019), <c>195X</c>, <c>1945/1991</c>, <c>1991/..</c>. It covers the days from
/// <see cref="EarliestKey"/> to <see cref="LatestKey"/> (integers <c>yyyymmdd</c>, open ends at
/// <see cref="OpenStartKey"/>/<see cref="OpenEndKey"/>) and never gains precision it does not have:
/// "1956" stays a year, it is not 1 January 1956.
/// </summary>
public sealed record FuzzyDate
{
    /// <summary>The earliest key of an interval open at its start.</summary>
    public const int OpenStartKey = int.MinValue;

    /// <summary>The latest key of an interval open at its end.</summary>
    public const int OpenEndKey = int.MaxValue;

    private FuzzyDate(string edtf, EdtfPoint start, EdtfPoint? end)
    {
        Edtf = edtf;
        Start = start;
        End = end;
        EarliestKey = start.IsDate ? start.EarliestKey : OpenStartKey;
        LatestKey = end is { } e ? (e.IsDate ? e.LatestKey : OpenEndKey) : start.LatestKey;
        Precision = Coarser(start, end);
        Display = FuzzyDateDisplay.Format(start, end);
    }

    /// <summary>The EDTF text, as given (trimmed).</summary>
    public string Edtf { get; }

    /// <summary>First day covered as <c>yyyymmdd</c>; <see cref="OpenStartKey"/> when the start is open or unknown.</summary>
    public int EarliestKey { get; }

    /// <summary>Last day covered as <c>yyyymmdd</c>; <see cref="OpenEndKey"/> when the end is open or unknown.</summary>
    public int LatestKey { get; }

    /// <summary>The coarsest precision among the known ends.</summary>
    public DatePrecision Precision { get; }

    /// <summary>How a person would say it: "19 October 1956", "early 2019", "the 1950s", "1945–1991", "since 1991".</summary>
    public string Display { get; }

    /// <summary>The words this date was read from, when it came from text ("later in November").</summary>
    public string? Phrase { get; init; }

    public bool IsInterval => End is not null;

    /// <summary>The first day covered (ISO 8601), or null when the start is open or unknown.</summary>
    public string? Earliest => EarliestKey == OpenStartKey ? null : KeyToIso(EarliestKey);

    /// <summary>The last day covered (ISO 8601), or null when the end is open or unknown.</summary>
    public string? Latest => LatestKey == OpenEndKey ? null : KeyToIso(LatestKey);

    /// <summary>Uncertain or approximate anywhere in the date.</summary>
    public EdtfQualifier Qualifier => Start.Qualifier | (End?.Qualifier ?? EdtfQualifier.None);

    internal EdtfPoint Start { get; }

    internal EdtfPoint? End { get; }

    /// <summary>Parses EDTF or throws <see cref="EdtfFormatException"/> saying what is wrong.</summary>
    public static FuzzyDate Parse(string edtf)
    {
        ArgumentNullException.ThrowIfNull(edtf);
        var (start, end) = EdtfParser.Parse(edtf);
        return new FuzzyDate(edtf.Trim(), start, end);
    }

    public static bool TryParse([NotNullWhen(true)] string? edtf, [NotNullWhen(true)] out FuzzyDate? date) =>
        TryParse(edtf, out date, out _);

    public static bool TryParse(
        [NotNullWhen(true)] string? edtf,
        [NotNullWhen(true)] out FuzzyDate? date,
        [NotNullWhen(false)] out string? error)
    {
        date = null;
        if (edtf is null)
        {
            error = "no date given";
            return false;
        }

        try
        {
            date = Parse(edtf);
            error = null;
            return true;
        }
        catch (EdtfFormatException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    /// <summary>A day-precision date.</summary>
    public static FuzzyDate FromDay(DateOnly day) =>
        Parse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A year-precision date (astronomical numbering: 0 is 1 BCE).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is beyond ±9999.</exception>
    public static FuzzyDate FromYear(int year) =>
        year is < -9999 or > 9999
            ? throw new ArgumentOutOfRangeException(nameof(year), year, "years beyond ±9999 are not supported")
            : Parse(EdtfPoint.YearText(year));

    /// <summary>
    /// The interval from <paramref name="start"/> to <paramref name="end"/> (null for an open end). Both must be
    /// single dates, not intervals.
    /// </summary>
    /// <exception cref="ArgumentException">An end is itself an interval.</exception>
    /// <exception cref="EdtfFormatException">Both ends are null, an end has a time of day, or the end is before the start.</exception>
    public static FuzzyDate Between(FuzzyDate? start, FuzzyDate? end)
    {
        if (start?.IsInterval == true || end?.IsInterval == true)
        {
            throw new ArgumentException("the ends of an interval must be single dates, not intervals");
        }

        return Parse($"{start?.Edtf ?? ".."}/{end?.Edtf ?? ".."}");
    }

    /// <summary>True when the two dates share at least one possible day.</summary>
    public bool Overlaps(FuzzyDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return EarliestKey <= other.LatestKey && other.EarliestKey <= LatestKey;
    }

    /// <summary>True when every day this date may be is also a day <paramref name="other"/> may be.</summary>
    public bool IsWithin(FuzzyDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.EarliestKey <= EarliestKey && LatestKey <= other.LatestKey;
    }

    public bool Equals(FuzzyDate? other) =>
        other is not null && string.Equals(Edtf, other.Edtf, StringComparison.Ordinal) && Phrase == other.Phrase;

    public override int GetHashCode() => HashCode.Combine(Edtf, Phrase);

    public override string ToString() => Edtf;

    /// <summary>Turns a <c>yyyymmdd</c> key into ISO 8601 (<c>-0044-03-15</c> for 45 BCE).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The key is an open end or names no day.</exception>
    public static string KeyToIso(int key)
    {
        // year*10000 + mmdd with a negative year leaves a positive mmdd only under floor division.
        var year = Math.DivRem(key, 10000, out var rest);
        if (rest < 0)
        {
            year--;
            rest += 10000;
        }

        var (month, day) = Math.DivRem(rest, 100);
        if (year is < -9999 or > 9999 || month is < 1 or > 12 || day < 1 || day > EdtfPoint.DaysIn(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(key), key, "not a yyyymmdd day key");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{EdtfPoint.YearText(year)}-{month:00}-{day:00}");
    }

    private static DatePrecision Coarser(EdtfPoint start, EdtfPoint? end)
    {
        if (end is not { IsDate: true } e)
        {
            return start.Precision;
        }

        return start.IsDate && start.Precision > e.Precision ? start.Precision : e.Precision;
    }
}
