using GraphQL.Types;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Entities;

internal sealed class OrganizationType : ObjectGraphType<Entity>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "An international organisation or body: the United Nations, the G20.";
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity { Kind: EntityKind.Organization };
        EntityFields.AddTo(this, withResolvers: true);
    }
}
