using GraphQL;
using GraphQL.Types;
using TreatyGraph.Api.Events;
using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Timelines;

/// <summary><c>timeline(...)</c>: events in date order, filtered by who took part, what, when and whether it happened.</summary>
internal static class TimelineQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EventConnectionType>>("timeline")
            .Description("Events ordered by earliest then latest date. A participant matches when it, or whoever stood for it at the time (its leaders in office, the state it succeeded), was involved.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("participants", "Entity ids; all events when omitted.")
            .Argument<MatchType>("match", "Whether events must involve ANY or ALL of the participants.", a => a.DefaultValue = ParticipantMatch.Any)
            .Argument<StringGraphType>("from", "EDTF: events that may fall on or after the start of this date.")
            .Argument<StringGraphType>("to", "EDTF: events that may fall on or before the end of this date.")
            .Argument<ListGraphType<NonNullGraphType<EventKindType>>>("kinds", "Only these kinds of event.")
            .Argument<EventStatusType>("status", "OCCURRED or PLANNED; both when omitted.")
            .Argument<IntGraphType>("first", "At most 100.", a => a.DefaultValue = Paging.DefaultPageSize)
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                var ids = (c.GetArgument<List<string>?>("participants") ?? [])
                    .Select(id => Arguments.EntityId(id, "participants"))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var from = Arguments.Edtf(c.GetArgument<string?>("from"), "from");
                var to = Arguments.Edtf(c.GetArgument<string?>("to"), "to");
                if (from is not null && to is not null && from.EarliestKey > to.LatestKey)
                {
                    throw GraphInputError.BadInput($"'from' ({from.Edtf}) is after 'to' ({to.Edtf}).");
                }

                var page = new PageRequest(
                    Paging.First(c.GetArgument<int?>("first")),
                    Arguments.TimelineCursor(c.GetArgument<string?>("after")),
                    CountTotal: c.SubFields is null || c.SubFields.ContainsKey("totalCount"));
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await EntityExistence.RequireAsync(store, ids, "participants", c.CancellationToken);

                var timeline = await store.TimelineAsync(
                    new TimelineQuery
                    {
                        Participants = await ParticipantStands.ExpandAsync(store, ids, c.CancellationToken),
                        Match = c.GetArgument("match", ParticipantMatch.Any),
                        Kinds = c.GetArgument<List<EventKind>?>("kinds") ?? [],
                        Status = c.GetArgument<EventStatus?>("status"),
                        From = from,
                        To = to,
                        Page = page,
                    },
                    c.CancellationToken);
                return Connection<Event>.From(timeline, page.After);
            });
    }
}
