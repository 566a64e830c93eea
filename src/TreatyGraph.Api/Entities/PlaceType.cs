using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Entities;

internal sealed class PlaceType : ObjectGraphType<Entity>
{
    public PlaceType()
    {
        Name = "Place";
        Description = "A city or venue where events happen: Moscow, Tokyo.";
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity { Kind: EntityKind.Place };
        EntityFields.AddTo(this, withResolvers: true);
    }
}
