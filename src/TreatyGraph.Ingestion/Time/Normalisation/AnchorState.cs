namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>
/// What the anchoring pass remembers as it reads: the document date, the last date mentioned (and in which
/// sentence), this sentence's explicit year and day, and the first day the previous sentence named.
/// </summary>
internal sealed class AnchorState(DateOnly? documentDate)
{
    // How many sentences a month or day of a past year keeps the story there ("In February 1945 ... On Aug. 8").
    private const int NarrativeReach = 3;

    private int _sentence;
    private int _referenceSentence;
    private CalendarPoint? _firstDayHere;

    public CalendarPoint? DocumentDay { get; } = documentDate is { } d ? new CalendarPoint(d, Granularity.Day) : null;

    public (CalendarPoint Point, string Value)? Reference { get; private set; }

    public int? SentenceYear { get; private set; }

    public CalendarPoint? SentenceDay { get; private set; }

    /// <summary>The first day the sentence before this one named ("won on Sunday. The match kicked off at 3 p.m.").</summary>
    public CalendarPoint? PreviousSentenceDay { get; private set; }

    /// <summary>
    /// The last date mentioned when it is a month or a day at least two years before the document date and was
    /// named in the last few sentences: a story told in the past, whose yearless dates belong to that time.
    /// </summary>
    public CalendarPoint? Narrative =>
        Reference is { } r && r.Point.Granularity <= Granularity.Month && _sentence - _referenceSentence <= NarrativeReach
            && (DocumentDay is not { } dct || r.Point.Day.Year < dct.Day.Year - 1)
            ? r.Point
            : null;

    public void NewSentence()
    {
        PreviousSentenceDay = _firstDayHere;
        _firstDayHere = null;
        SentenceYear = null;
        SentenceDay = null;
        _sentence++;
    }

    public void Mentioned(CalendarPoint point, string value, bool isExplicit, bool background)
    {
        if (isExplicit && point.Granularity <= Granularity.Year)
        {
            SentenceYear = point.Day.Year;
        }

        if (point.Granularity == Granularity.Day)
        {
            SentenceDay = point;
            _firstDayHere ??= point;
        }

        if (!background)
        {
            Reference = (point, value);
            _referenceSentence = _sentence;
        }
    }
}
