using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Storage.Contract;

/// <summary>The timeline semantics of <see cref="TimelineQuery"/> evaluated over a batch in memory, to compare stores against.</summary>
public static class TimelineOracle
{
    public static IReadOnlyList<string> Expected(GraphBatch batch, TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(query);
        var from = query.From?.EarliestKey ?? FuzzyDate.OpenStartKey;
        var to = query.To?.LatestKey ?? FuzzyDate.OpenEndKey;
        return [.. batch.Events
            .Where(e => query.Kinds.Count == 0 || query.Kinds.Contains(e.Kind))
            .Where(e => query.Status is null || e.Status == query.Status)
            .Where(e => (query.From is null && query.To is null) || (e.Date is { } d && d.EarliestKey <= to && d.LatestKey >= from))
            .Where(e => query.Participants.Count == 0
                || (query.Match == ParticipantMatch.Any
                    ? query.Participants.Any(g => Matches(e, g))
                    : query.Participants.All(g => Matches(e, g))))
            .OrderBy(Key)
            .Select(e => e.Id)];
    }

    /// <summary>Events involving the entity, in timeline order.</summary>
    public static IReadOnlyList<string> EventsOf(GraphBatch batch, string entityId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return [.. batch.Events.Where(e => e.InvolvedEntityIds().Contains(entityId)).OrderBy(Key).Select(e => e.Id)];
    }

    public static TimelineCursor Key(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Date is { } d
            ? new TimelineCursor(d.EarliestKey, d.LatestKey, e.Id)
            : new TimelineCursor(TimelineCursor.Undated, TimelineCursor.Undated, e.Id);
    }

    private static bool Matches(Event e, ParticipantGroup group) =>
        group.Stands.Any(s => e.InvolvedEntityIds().Contains(s.EntityId) && Within(e, s));

    private static bool Within(Event e, Stand s) =>
        (s.FromKey == FuzzyDate.OpenStartKey && s.ToKey == FuzzyDate.OpenEndKey)
        || (e.Date is { } d && d.LatestKey >= s.FromKey && d.EarliestKey <= s.ToKey);

    private static IOrderedEnumerable<Event> OrderBy(this IEnumerable<Event> events, Func<Event, TimelineCursor> key) =>
        events.OrderBy(e => key(e).EarliestKey).ThenBy(e => key(e).LatestKey).ThenBy(e => e.Id, StringComparer.Ordinal);
}
