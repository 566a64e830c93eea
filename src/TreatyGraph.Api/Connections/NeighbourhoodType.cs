using GraphQL.Types;
using TreatyGraph.Api.Entities;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Connections;

internal sealed class NeighbourhoodType : ObjectGraphType<Neighbourhood>
{
    public NeighbourhoodType()
    {
        Name = "Neighbourhood";
        Description = "The entities within a few steps of a centre entity and the links between them.";
        Field<NonNullGraphType<EntityInterface>>("center").Resolve(c => c.Loaders().Entities.Load(c.Source.CenterId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkType>>>>("links").Resolve(c => c.Source.Links);
    }
}
