using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Entities;

internal sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A country, person, treaty, territory, organisation or place.";
        EntityFields.AddTo(this, withResolvers: false);
    }
}
