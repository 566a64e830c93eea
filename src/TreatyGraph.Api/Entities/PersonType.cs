using GraphQL.Types;
using TreatyGraph.Api.Relations;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Entities;

internal sealed class PersonType : ObjectGraphType<Entity>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A leader, minister or diplomat.";
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity { Kind: EntityKind.Person };
        EntityFields.AddTo(this, withResolvers: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("offices")
            .Description("Offices held (HOLDS_OFFICE), with role and term.")
            .Argument<StringGraphType>("asOf", "EDTF: only terms that overlap this date.")
            .Resolve(c => EntityResolvers.Relations(c, [RelationType.HoldsOffice], RelationDirection.Outgoing));
    }
}
