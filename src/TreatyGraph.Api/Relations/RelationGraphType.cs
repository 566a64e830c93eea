using GraphQL.Types;
using TreatyGraph.Api.Articles;
using TreatyGraph.Api.Dates;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Loading;
using TreatyGraph.Core.Domain;

namespace TreatyGraph.Api.Relations;

internal sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A typed, time-bounded edge between two entities, with its sources.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("from")
            .Resolve(c => c.RequestServices!.GetRequiredService<GraphLoaders>().Entities.Load(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("to")
            .Resolve(c => c.RequestServices!.GetRequiredService<GraphLoaders>().Entities.Load(c.Source.ToId));
        Field<StringGraphType>("role")
            .Description("For HOLDS_OFFICE, the office: 'Prime Minister', 'President'.")
            .Resolve(c => c.Source.Role);
        Field<FuzzyDateType>("validFrom").Description("When it began to hold; null when unknown or open.").Resolve(c => c.Source.ValidFrom);
        Field<FuzzyDateType>("validTo").Description("When it stopped holding; null while it still holds.").Resolve(c => c.Source.ValidTo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
    }
}
