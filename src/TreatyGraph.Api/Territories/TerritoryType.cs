using GraphQL.Types;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Relations;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Territories;

internal sealed class TerritoryType : ObjectGraphType<Entity>
{
    public TerritoryType()
    {
        Name = "Territory";
        Description = "An island, archipelago or region, with who claims it and who administers it over time.";
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity { Kind: EntityKind.Territory };
        EntityFields.AddTo(this, withResolvers: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("claims")
            .Description("Who claims it (CLAIMS), oldest first.")
            .Argument<StringGraphType>("asOf", "EDTF: only claims that held at some time inside this date.")
            .Resolve(c => EntityResolvers.Relations(c, [RelationType.Claims], RelationDirection.Incoming));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("administration")
            .Description("Who administered it and when (ADMINISTERS): its administration history, oldest first.")
            .Argument<StringGraphType>("asOf", "EDTF: only administrations that held at some time inside this date.")
            .Resolve(c => EntityResolvers.Relations(c, [RelationType.Administers], RelationDirection.Incoming));
    }
}
