using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Entities;

internal sealed class CountryType : ObjectGraphType<Entity>
{
    public CountryType()
    {
        Name = "Country";
        Description = "A state, past or present: Japan, Russia, the Soviet Union.";
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity { Kind: EntityKind.Country };
        EntityFields.AddTo(this, withResolvers: true);
    }
}
