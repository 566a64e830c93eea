using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Events;

namespace TreatyGraph.Ingestion.Merging;

/// <summary>
/// Merges the drafts of one article that report the same event ("he said" ... "he added" on one day; "arrived
/// in Nagato" and "a two-day visit"): same kind and status, the same participants (or, except for statements,
/// one set within the other), dates that agree (one unknown, overlapping, or for visits a day apart) and not
/// marked distinct ("also agreed"). The merged event keeps the more precise date, or spans both days of a visit.
/// </summary>
internal static class DraftMerger
{
    public static List<EventDraft> Merge(IEnumerable<EventDraft> drafts)
    {
        var merged = new List<EventDraft>();
        foreach (var draft in drafts)
        {
            var target = merged.Find(m => Same(m, draft));
            if (target is null)
            {
                merged.Add(draft);
                continue;
            }

            foreach (var (entity, role) in draft.Participants)
            {
                target.AddParticipant(entity, role);
            }

            target.Place ??= draft.Place;
            draft.Concerns.ForEach(target.AddConcern);
            target.Evidence.AddRange(draft.Evidence);
            target.Date = Combine(target.Kind, target.Date, draft.Date);
        }

        return merged;
    }

    private static bool Same(EventDraft a, EventDraft b)
    {
        if (a.Kind != b.Kind || a.Status != b.Status || b.Distinct)
        {
            return false;
        }

        var pa = a.ParticipantEntities.ToHashSet();
        var pb = b.ParticipantEntities.ToHashSet();
        var participants = pa.SetEquals(pb) || (a.Kind != EventKind.Statement && (pa.IsSubsetOf(pb) || pb.IsSubsetOf(pa)) && pa.Overlaps(pb));
        return participants && DatesAgree(a.Kind, a.Date, b.Date);
    }

    private static bool DatesAgree(EventKind kind, FuzzyDate? a, FuzzyDate? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        if (a.EarliestKey <= b.LatestKey && b.EarliestKey <= a.LatestKey)
        {
            return true;
        }

        return kind == EventKind.Visit && a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day
            && Math.Abs(DayNumber(a.EarliestKey) - DayNumber(b.LatestKey)) <= 1 | Math.Abs(DayNumber(b.EarliestKey) - DayNumber(a.LatestKey)) <= 1;
    }

    private static FuzzyDate? Combine(EventKind kind, FuzzyDate? a, FuzzyDate? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        if (kind == EventKind.Visit && a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day && a.Edtf != b.Edtf)
        {
            var first = a.EarliestKey <= b.EarliestKey ? a : b;
            var last = a.LatestKey >= b.LatestKey ? a : b;
            return FuzzyDate.Parse($"{first.Earliest}/{last.Latest}");
        }

        return Width(b) < Width(a) ? b : a;
    }

    private static long Width(FuzzyDate d) => (long)DayNumber(d.LatestKey) - DayNumber(d.EarliestKey);

    private static int DayNumber(int key)
    {
        if (key is FuzzyDate.OpenStartKey or FuzzyDate.OpenEndKey)
        {
            return key == FuzzyDate.OpenStartKey ? int.MinValue / 2 : int.MaxValue / 2;
        }

        return DateOnly.TryParseExact(key.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(8, '0'), "yyyyMMdd", out var d) ? d.DayNumber : 0;
    }
}
