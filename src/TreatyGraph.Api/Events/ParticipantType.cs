using GraphQL.Types;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Loading;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Events;

internal sealed class ParticipantType : ObjectGraphType<Participant>
{
    public ParticipantType()
    {
        Name = "Participant";
        Description = "An entity acting in an event, with its role.";
        Field<NonNullGraphType<EntityInterface>>("entity")
            .Resolve(c => c.RequestServices!.GetRequiredService<GraphLoaders>().Entities.Load(c.Source.EntityId));
        Field<NonNullGraphType<ParticipantRoleType>>("role").Resolve(c => c.Source.Role);
    }
}
