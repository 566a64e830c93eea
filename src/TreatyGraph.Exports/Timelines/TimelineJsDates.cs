using TreatyGraph.Core.Time;

namespace TreatyGraph.Exports.Timelines;

/// <summary>
/// How a <see cref="FuzzyDate"/> becomes TimelineJS <c>start_date</c>/<c>end_date</c> (see docs/exports-and-pages.md):
/// <list type="bullet">
/// <item>a day, a month or a year: a start date with just those parts (1956-10-19, 2018-11, 1992);</item>
/// <item>a season, quarter, third or half of a year: the first and last month it covers (2019-37, early 2019: 2019-01 to 2019-04);</item>
/// <item>a decade, century or millennium: its first and last year (195X: 1950 to 1959);</item>
/// <item>an interval: each end mapped by its own precision, the start's first date and the end's last;</item>
/// <item>an interval open or unknown at the end: the start only; open at the start: the end's last date only.</item>
/// </list>
/// The slide's <c>display_date</c> always says the date the way <see cref="FuzzyDate.Display"/> does.
/// </summary>
public static class TimelineJsDates
{
    public static TimelineJsSpan Map(FuzzyDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (!date.IsInterval)
        {
            return MapPoint(date);
        }

        var slash = date.Edtf.IndexOf('/', StringComparison.Ordinal);
        var start = End(date.Edtf[..slash]);
        var end = End(date.Edtf[(slash + 1)..]);
        return (start, end) switch
        {
            (null, null) => throw new ArgumentException($"'{date.Edtf}' has no known end to place on a timeline.", nameof(date)),
            (null, { } e) => new TimelineJsSpan(e.End ?? e.Start),
            ({ } s, null) => new TimelineJsSpan(s.Start),
            ({ } s, { } e) => new TimelineJsSpan(s.Start, e.End ?? e.Start),
        };
    }

    private static TimelineJsSpan? End(string edtf) =>
        edtf is "" or ".." ? null : MapPoint(FuzzyDate.Parse(edtf));

    private static TimelineJsSpan MapPoint(FuzzyDate date) => date.Precision switch
    {
        DatePrecision.Day => new(TimelineJsDate.FromKey(date.EarliestKey, TimelineJsDepth.Day)),
        DatePrecision.Month => new(TimelineJsDate.FromKey(date.EarliestKey, TimelineJsDepth.Month)),
        DatePrecision.Year => new(TimelineJsDate.FromKey(date.EarliestKey, TimelineJsDepth.Year)),
        DatePrecision.Season or DatePrecision.Quarter or DatePrecision.Quadrimester or DatePrecision.Half => new(
            TimelineJsDate.FromKey(date.EarliestKey, TimelineJsDepth.Month),
            TimelineJsDate.FromKey(date.LatestKey, TimelineJsDepth.Month)),
        _ => new(
            TimelineJsDate.FromKey(date.EarliestKey, TimelineJsDepth.Year),
            TimelineJsDate.FromKey(date.LatestKey, TimelineJsDepth.Year)),
    };
}
