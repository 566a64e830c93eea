using GraphQL.Types;
using TreatyGraph.Api.Dates;
using TreatyGraph.Api.Entities;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Treaties;

internal sealed class TreatyType : ObjectGraphType<Entity>
{
    public TreatyType()
    {
        Name = "Treaty";
        Description = "A treaty, declaration or agreement, signed or not.";
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity { Kind: EntityKind.Treaty };
        EntityFields.AddTo(this, withResolvers: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("parties")
            .Description("States party to it (PARTY_TO).")
            .Resolve(c => EntityResolvers.Ends(c, RelationType.PartyTo, RelationDirection.Incoming));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("signatories")
            .Description("Who signed it (SIGNED).")
            .Resolve(c => EntityResolvers.Ends(c, RelationType.Signed, RelationDirection.Incoming));
        Field<FuzzyDateType>("signed").Resolve(c => c.Source.Treaty?.Signed);
        Field<FuzzyDateType>("inForce")
            .Description("When it was in force; an interval, open at the end while it still is.")
            .Resolve(c => c.Source.Treaty?.InForce);
        Field<TreatyStatusType>("status").Resolve(c => c.Source.Treaty?.Status);
    }
}
