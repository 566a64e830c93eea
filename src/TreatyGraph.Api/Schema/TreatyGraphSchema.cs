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
    }
}
