using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Pipeline;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Events;

/// <summary>
/// The article's dates in reading order: per sentence, the time expressions (from the temporal tagger) and named
/// periods that date things; the news day (the date of the lead's news, else the publication date); and the
/// latest recent date mentioned before any point, which undated narrative events take.
/// </summary>
internal sealed class TimeLine
{
    private readonly Dictionary<int, List<DatedPhrase>> _bySentence = [];
    private readonly DateOnly? _published;

    public TimeLine(SegmentedText text, IReadOnlyList<TimeMention> times, IReadOnlyList<PeriodMention> periods, DateOnly? published, int datelineEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        _published = published;
        foreach (var sentence in text.Sentences)
        {
            var list = new List<DatedPhrase>();
            foreach (var t in times.Where(t => t.Date is not null && t.Type == "DATE" && t.Start >= sentence.Start && t.Start < sentence.End && t.Start >= datelineEnd))
            {
                list.Add(new DatedPhrase(sentence.TokenAt(t.Start), t.Start, t.Date!, false));
            }

            foreach (var p in periods.Where(p => p.Sentence == sentence.Index))
            {
                var edtf = p.Part switch
                {
                    PeriodPart.End => p.Period.End,
                    PeriodPart.Start => p.Period.Start,
                    _ => p.Period.Span,
                };
                list.Add(new DatedPhrase(p.First, p.Start, FuzzyDate.Parse(edtf), true));
            }

            list.Sort((a, b) => a.Token.CompareTo(b.Token));
            _bySentence[sentence.Index] = list;
        }

        NewsDay = FindNewsDay(text);
    }

    public FuzzyDate? NewsDay { get; }

    public int PublishedKey => _published is { } p ? (p.Year * 10000) + (p.Month * 100) + p.Day : FuzzyDate.OpenEndKey;

    public IReadOnlyList<DatedPhrase> In(int sentence) => _bySentence.TryGetValue(sentence, out var list) ? list : [];

    /// <summary>The latest recent (within two weeks before publication) day-precise date mentioned before the given point.</summary>
    public FuzzyDate? RecentBefore(int sentence, int token)
    {
        if (_published is null)
        {
            return null;
        }

        FuzzyDate? found = null;
        foreach (var (index, list) in _bySentence.OrderBy(p => p.Key))
        {
            if (index > sentence)
            {
                break;
            }

            foreach (var phrase in list.Where(p => !p.FromPeriod && (index < sentence || p.Token < token)))
            {
                if (phrase.Date.Precision == DatePrecision.Day && !phrase.Date.IsInterval && IsRecent(phrase.Date))
                {
                    found = phrase.Date;
                }
            }
        }

        return found;
    }

    /// <summary>The date the sentence is about, for choosing which state a capital stood for: its first date, else the last one before it.</summary>
    public int ContextKey(int sentence)
    {
        for (var i = sentence; i >= 0; i--)
        {
            if (In(i).FirstOrDefault(p => !p.FromPeriod) is { } phrase)
            {
                return phrase.Date.EarliestKey;
            }
        }

        return PublishedKey;
    }

    private bool IsRecent(FuzzyDate date) =>
        date.LatestKey <= PublishedKey && date.EarliestKey >= Key(_published!.Value.AddDays(-14));

    private FuzzyDate? FindNewsDay(SegmentedText text)
    {
        if (_published is null)
        {
            return null;
        }

        var lead = text.Sentences.FirstOrDefault(s => !s.IsHeadline);
        var day = lead is null ? null : In(lead.Index).FirstOrDefault(p => !p.FromPeriod && p.Date.Precision == DatePrecision.Day && IsRecent(p.Date) && p.Date.EarliestKey >= Key(_published.Value.AddDays(-7)));
        return day?.Date ?? FuzzyDate.FromDay(_published.Value);
    }

    private static int Key(DateOnly d) => (d.Year * 10000) + (d.Month * 100) + d.Day;
}
