using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Neo4j.Documents;
using TreatyGraph.Storage.Neo4j.Http;
using TreatyGraph.Storage.Neo4j.Writes;

namespace TreatyGraph.Storage.Neo4j.Reads;

/// <summary>
/// Timelines: events in (earliest, latest, id) order, undated last, filtered and paged in Cypher on the day
/// keys stored on each event; the total and the page come from one read transaction.
/// </summary>
internal sealed class TimelineReads(Neo4jClient client)
{
    private const string Order = "ORDER BY ev.sortEarliest, ev.sortLatest, ev.id";

    private const string AfterCursor = """
        ($hasCursor = false
         OR ev.sortEarliest > $cursorEarliest
         OR (ev.sortEarliest = $cursorEarliest AND (ev.sortLatest > $cursorLatest
             OR (ev.sortLatest = $cursorLatest AND ev.id > $cursorId))))
        """;

    public async Task<Page<Event>> TimelineAsync(TimelineQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Page.First);
        var parameters = CursorParameters(query.Page);
        var (start, filter) = Filter(query, parameters);
        var results = await client.RunAsync(
            [
                new CypherStatement($"{start} WHERE {filter} RETURN count(ev)", parameters),
                new CypherStatement($"{start} WHERE {filter} AND {AfterCursor} RETURN ev.doc {Order} LIMIT $take", parameters),
            ],
            ct).ConfigureAwait(false);
        var events = results[1].Column0.Select(v => DocumentJson.Read<EventDocument>(v).ToDomain()).ToArray();
        return ToPage(events, query.Page.First, (int)results[0].SingleLong());
    }

    public async Task<IReadOnlyDictionary<string, Page<Event>>> EventsOfAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfNegative(page.First);
        var parameters = CursorParameters(page);
        parameters["ids"] = entityIds.Distinct(StringComparer.Ordinal).ToArray();
        var result = await client.RunAsync(
            new CypherStatement(
                $$"""
                UNWIND $ids AS entityId
                MATCH (:Entity {id: entityId})-[:INVOLVED_IN]->(ev:Event)
                WITH entityId, ev {{Order}}
                WITH entityId, collect(ev) AS events
                RETURN entityId, size(events), [ev IN events WHERE {{AfterCursor}} | ev.doc][..$take]
                """,
                parameters),
            ct).ConfigureAwait(false);

        var pages = entityIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => Page<Event>.Empty, StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var events = row[2].EnumerateArray().Select(v => DocumentJson.Read<EventDocument>(v).ToDomain()).ToArray();
            pages[row[0].GetString()!] = ToPage(events, page.First, row[1].GetInt32());
        }

        return pages;
    }

    public static string CursorOf(Event e)
    {
        var (earliest, latest) = WriteStatements.SortKeys(e.Date);
        return new TimelineCursor(earliest, latest, e.Id).Encode();
    }

    private static Page<Event> ToPage(Event[] events, int first, int total) =>
        new(events.Take(first).Select(e => new Edge<Event>(e, CursorOf(e))).ToArray(), events.Length > first, total);

    private static Dictionary<string, object?> CursorParameters(PageRequest page)
    {
        var cursor = page.After is null ? (TimelineCursor?)null : TimelineCursor.Decode(page.After);
        return Parameters.Of(
            ("hasCursor", cursor is not null),
            ("cursorEarliest", cursor?.EarliestKey ?? 0),
            ("cursorLatest", cursor?.LatestKey ?? 0),
            ("cursorId", cursor?.Id ?? ""),
            ("take", page.First + 1));
    }

    private static (string Start, string Filter) Filter(TimelineQuery query, Dictionary<string, object?> parameters)
    {
        parameters["undated"] = TimelineCursor.Undated;
        parameters["kinds"] = query.Kinds.Select(WireNames.Of).ToArray();
        parameters["status"] = query.Status is { } s ? WireNames.Of(s) : null;
        parameters["hasWindow"] = query.From is not null || query.To is not null;
        parameters["windowFrom"] = query.From?.EarliestKey ?? FuzzyDate.OpenStartKey;
        parameters["windowTo"] = query.To?.LatestKey ?? FuzzyDate.OpenEndKey;
        var filter = """
            (size($kinds) = 0 OR ev.kind IN $kinds)
            AND ($status IS NULL OR ev.status = $status)
            AND ($hasWindow = false OR (ev.sortEarliest <> $undated AND ev.sortEarliest <= $windowTo AND ev.sortLatest >= $windowFrom))
            """;
        if (query.Participants.Count == 0)
        {
            return ("MATCH (ev:Event)", filter);
        }

        parameters["standIds"] = query.Participants.SelectMany(g => g.Stands).Select(s => s.EntityId).Distinct(StringComparer.Ordinal).ToArray();
        parameters["groups"] = query.Participants.Select(g => g.Stands.Select(s => new Dictionary<string, object?>
        {
            ["id"] = s.EntityId,
            ["from"] = s.FromKey,
            ["to"] = s.ToKey,
            ["open"] = s.FromKey == FuzzyDate.OpenStartKey && s.ToKey == FuzzyDate.OpenEndKey,
        }).ToArray()).ToArray();
        var quantifier = query.Match == ParticipantMatch.All ? "all" : "any";

        // An undated event can only be matched by a stand that holds at every time (the participant itself).
        filter += $"""

            AND {quantifier}(g IN $groups WHERE any(s IN g WHERE s.id IN ev.involved AND
                CASE WHEN ev.sortEarliest = $undated THEN s.open
                     ELSE ev.sortEarliest <= s.to AND ev.sortLatest >= s.from END))
            """;
        return ("UNWIND $standIds AS standId MATCH (:Entity {id: standId})-[:INVOLVED_IN]->(ev:Event) WITH DISTINCT ev", filter);
    }
}
