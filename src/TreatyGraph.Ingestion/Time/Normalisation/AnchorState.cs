namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>What the anchoring pass remembers as it reads: the document date, the last date mentioned, and this sentence's explicit year and day.</summary>
internal sealed class AnchorState(DateOnly? documentDate)
{
    public CalendarPoint? DocumentDay { get; } = documentDate is { } d ? new CalendarPoint(d, Granularity.Day) : null;

    public (CalendarPoint Point, string Value)? Reference { get; private set; }

    public int? SentenceYear { get; private set; }

    public CalendarPoint? SentenceDay { get; private set; }

    public void NewSentence()
    {
        SentenceYear = null;
        SentenceDay = null;
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
        }

        if (!background)
        {
            Reference = (point, value);
        }
    }
}
