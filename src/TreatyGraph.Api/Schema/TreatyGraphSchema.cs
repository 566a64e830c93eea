using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Territories;
using TreatyGraph.Api.Treaties;

namespace TreatyGraph.Api.Schema;

/// <summary>
/// The GraphQL schema, a singleton: reads under <c>Query</c>, ingestion under <c>Mutation</c>. The entity types are
/// registered explicitly because only the <c>Entity</c> interface is reachable from the fields.
/// </summary>
internal sealed class TreatyGraphSchema : GraphQL.Types.Schema
{
    /// <summary>
    /// Introspection counts at 1% of its estimated cost: the full schema query GraphiQL (and any client generator)
    /// sends is estimated at ~750,000 and would be refused, while costs still multiply per nested list, so a
    /// hand-made deep introspection query still hits the limit.
    /// </summary>
    public const double IntrospectionComplexityImpact = 0.01;

    public TreatyGraphSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        GraphQL.SchemaExtensions.RegisterType<CountryType>(this);
        GraphQL.SchemaExtensions.RegisterType<PersonType>(this);
        GraphQL.SchemaExtensions.RegisterType<TreatyType>(this);
        GraphQL.SchemaExtensions.RegisterType<TerritoryType>(this);
        GraphQL.SchemaExtensions.RegisterType<OrganizationType>(this);
        GraphQL.SchemaExtensions.RegisterType<PlaceType>(this);
        GraphQL.ComplexityAnalayzerMetadataExtensions.WithIntrospectionComplexityImpact(this, IntrospectionComplexityImpact);
    }
}
