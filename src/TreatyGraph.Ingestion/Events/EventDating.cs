using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Rules;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Events;

/// <summary>
/// Dates an event from its clause, as news is written: the nearest date phrase in its own clause; else one
/// elsewhere in the sentence (never from a "before ..." clause it is not in); "on the day of the signing" takes
/// that event's date; after an undated "After X," nothing; a statement otherwise happened on the news day, a past
/// event on the latest recent day the story has mentioned, anything else is left undated.
/// </summary>
internal sealed class EventDating(TimeLine time, EventBook book)
{
    public FuzzyDate? Date(SentenceScan scan, ClauseMap clauses, TriggerMatch trigger, EventDraft draft, IReadOnlyList<EventDraft> earlier)
    {
        // Dates inside a quotation date what is quoted, not the telling; an explicit date beats a named period.
        var phrases = time.In(scan.Sentence.Index).Where(p => clauses.IsQuoted(p.Token) == clauses.IsQuoted(trigger.First))
            .Where(p => !(trigger.Rule.Frame == TriggerFrame.Speech && Reported(scan, trigger, p.Token)))
            .OrderBy(p => p.FromPeriod).ToList();
        var clauseStart = clauses.StartOf(trigger.First);
        var clauseEnd = clauses.EndOf(trigger.Last);
        var own = phrases.Where(p => p.Token >= clauseStart && p.Token <= clauseEnd).OrderBy(p => p.FromPeriod).ThenBy(p => Math.Abs(p.Token - trigger.First)).FirstOrDefault();
        if (own is not null)
        {
            return own.Date;
        }

        if (EventAnchor(scan, earlier) is { } anchored)
        {
            return anchored;
        }

        var other = phrases.Where(p => !p.FromPeriod && !InForeignBeforeClause(scan, clauses, p.Token, trigger.First)).OrderBy(p => p.FromPeriod).ThenBy(p => Math.Abs(p.Token - trigger.First)).FirstOrDefault();
        if (other is not null)
        {
            return other.Date;
        }

        if (UndatedAfter(scan, clauses))
        {
            return null;
        }

        if (draft.Kind is EventKind.Statement or EventKind.Protest)
        {
            return time.NewsDay;
        }

        return draft.Status == EventStatus.Occurred ? time.RecentBefore(scan.Sentence.Index, trigger.First) : null;
    }

    // "said he plans to visit early next year", "said that talks will start in May": a date after the reported content's
    // opener dates what is reported, not the telling.
    private bool Reported(SentenceScan scan, TriggerMatch trigger, int token) =>
        token > trigger.Last && Enumerable.Range(trigger.Last + 1, token - trigger.Last - 1)
            .Any(i => book.ReportedOpeners.Contains(scan.Lower(i), StringComparer.Ordinal) || book.Planned.Any(p => scan.Spells(i, p, out _)));

    private static bool InForeignBeforeClause(SentenceScan scan, ClauseMap clauses, int token, int trigger)
    {
        var start = clauses.StartOf(token);
        return scan.Lower(start) == "before" && !(trigger >= start && trigger <= clauses.EndOf(token));
    }

    // "After Putin's meeting with Abe in Singapore, ...": anchored to an event the text does not date.
    private static bool UndatedAfter(SentenceScan scan, ClauseMap clauses) =>
        scan.Lower(0) is "after" or "following" && clauses.EndOf(0) < scan.Tokens.Count - 1;

    // "on the day of the signing", "later that day": the date of the event named.
    private static FuzzyDate? EventAnchor(SentenceScan scan, IReadOnlyList<EventDraft> earlier)
    {
        for (var i = 0; i < scan.Tokens.Count - 3; i++)
        {
            if (scan.Spells(i, "the day of the", out var last) && scan.Lower(last + 1) is { Length: > 0 } noun)
            {
                var kind = noun switch
                {
                    "signing" => EventKind.Signing,
                    "summit" => EventKind.Summit,
                    "meeting" or "talks" => EventKind.Meeting,
                    "visit" => EventKind.Visit,
                    _ => (EventKind?)null,
                };
                var match = earlier.LastOrDefault(e => (kind is null || e.Kind == kind) && e.Date is { Precision: DatePrecision.Day });
                if (match is not null)
                {
                    return match.Date;
                }
            }
        }

        return null;
    }
}
