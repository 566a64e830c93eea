using GraphQL.DataLoader;
using GraphQL.Types;
using TreatyGraph.Api.Articles;
using TreatyGraph.Api.Entities;
using TreatyGraph.Api.Events;
using TreatyGraph.Api.Loading;
using TreatyGraph.Api.Relations;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Connections;

internal sealed class LinkType : ObjectGraphType<Link>
{
    public LinkType()
    {
        Name = "Link";
        Description = "One step between two entities: a relation (walked either way) or an event both took part in, with the evidence for it.";
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(c => c.Loaders().Entities.Load(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(c => c.Loaders().Entities.Load(c.Source.ToId));
        Field<RelationGraphType>("relation")
            .Description("The relation behind the step, when it is one.")
            .Resolve(c => c.Source.RelationId is { } id ? c.Loaders().Relations.Load(id) : null);
        Field<EventType>("event")
            .Description("The shared event behind the step, when it is one.")
            .Resolve(c => c.Source.EventId is { } id ? c.Loaders().Events.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("The sources of the relation or event.")
            .Resolve(c => Evidence(c.Loaders(), c.Source));
    }

    private static IDataLoaderResult<IReadOnlyList<Evidence>> Evidence(GraphLoaders loaders, Link link) =>
        link.RelationId is { } relationId
            ? loaders.Relations.Load(relationId).Then(r => r?.Evidence ?? [])
            : loaders.Events.Load(link.EventId!).Then(e => e?.Evidence ?? []);
}
