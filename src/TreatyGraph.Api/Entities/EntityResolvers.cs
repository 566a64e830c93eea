using GraphQL;
using GraphQL.DataLoader;
using TreatyGraph.Api.Loading;
using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Entities;

/// <summary>The batched lookups behind entity fields, shared by the interface and every entity type.</summary>
internal static class EntityResolvers
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>Relations of the source entity, filtered by the field's <c>asOf</c> argument when it has one.</summary>
    public static IDataLoaderResult<IReadOnlyList<Relation>> Relations(
        IResolveFieldContext<Entity> context,
        IReadOnlyList<RelationType> types,
        RelationDirection direction)
    {
        var query = new RelationQuery
        {
            Types = types,
            AsOf = Arguments.Edtf(context.GetArgument<string?>("asOf"), "asOf"),
            Direction = direction,
        };
        return context.Loaders().RelationsOf(query).Load(context.Source.Id).Then(r => r ?? []);
    }

    /// <summary>The entities at the other end of the source's relations of one type (a treaty's parties).</summary>
    public static IDataLoaderResult<IDataLoaderResult<IReadOnlyList<Entity>>> Ends(
        IResolveFieldContext<Entity> context,
        RelationType type,
        RelationDirection direction)
    {
        var loaders = context.Loaders();
        var query = new RelationQuery { Types = [type], Direction = direction };
        return loaders.RelationsOf(query).Load(context.Source.Id).ThenLoad(relations =>
            loaders.Entities.LoadMany((relations ?? [])
                .Select(r => direction == RelationDirection.Incoming ? r.FromId : r.ToId)
                .Distinct(StringComparer.Ordinal)));
    }

    public static IDataLoaderResult<Connection<Event>> Events(IResolveFieldContext<Entity> context)
    {
        var first = Paging.First(context.GetArgument<int?>("first"));
        var after = Arguments.TimelineCursor(context.GetArgument<string?>("after"));
        return context.Loaders().EventsOf(new PageRequest(first, after)).Load(context.Source.Id)
            .Then(page => Connection<Event>.From(page ?? Page<Event>.Empty, after));
    }
}
