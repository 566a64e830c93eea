using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Entities;

internal sealed class EntityKindType : EnumerationGraphType<EntityKind>
{
    public EntityKindType()
    {
        Name = "EntityKind";
    }
}
