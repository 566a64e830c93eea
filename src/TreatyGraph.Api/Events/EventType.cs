using GraphQL.Types;
using TreatyGraph.Api.Articles;
using TreatyGraph.Api.Dates;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Loading;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Events;

internal sealed class EventType : ObjectGraphType<Event>
{
    public EventType()
    {
        Name = "Event";
        Description = "Something that happened or is planned, at a possibly fuzzy date, with its sources.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EventKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EventStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<FuzzyDateType>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantType>>>>("participants").Resolve(c => c.Source.Participants);
        Field<EntityInterface>("place")
            .Resolve(c => c.Source.PlaceId is { } id ? c.RequestServices!.GetRequiredService<GraphLoaders>().Entities.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("concerns")
            .Description("Treaties, territories and other entities the event is about.")
            .Resolve(c => c.RequestServices!.GetRequiredService<GraphLoaders>().Entities.LoadMany(c.Source.Concerns));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
    }
}
