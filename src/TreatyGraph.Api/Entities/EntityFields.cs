using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using TreatyGraph.Api.Articles;
using TreatyGraph.Api.Events;
using TreatyGraph.Api.Relations;
using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Entities;

/// <summary>
/// The fields of the <c>Entity</c> interface. GraphQL wants them declared again on every implementing type,
/// with resolvers there and without them on the interface, so they are written once here.
/// </summary>
internal static class EntityFields
{
    public static void AddTo(IComplexGraphType type, bool withResolvers)
    {
        type.AddField(Field<NonNullGraphType<IdGraphType>>("id", "kind:slug, stable: 'person:shinzo-abe'.", c => c.Source.Id));
        type.AddField(Field<NonNullGraphType<EntityKindType>>("kind", null, c => c.Source.Kind));
        type.AddField(Field<NonNullGraphType<StringGraphType>>("name", "The English name.", c => c.Source.Name));
        type.AddField(Field<NonNullGraphType<ListGraphType<NonNullGraphType<AliasType>>>>("aliases", null, c => c.Source.Aliases));
        type.AddField(Field<StringGraphType>("wikidataId", null, c => c.Source.WikidataId));
        type.AddField(Field<StringGraphType>("description", null, c => c.Source.Description));
        type.AddField(Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceReferenceType>>>>(
            "references", "Sources for the entity itself.", c => c.Source.References));
        type.AddField(Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>(
            "relations",
            "Relations touching this entity, by type, then start, then id.",
            c => EntityResolvers.Relations(c, c.GetArgument<List<RelationType>?>("types") ?? [], c.GetArgument("direction", RelationDirection.Both)),
            new QueryArgument<ListGraphType<NonNullGraphType<RelationTypeType>>> { Name = "types", Description = "Only these types; all when omitted." },
            new QueryArgument<StringGraphType> { Name = "asOf", Description = "EDTF: only relations that held at some time inside this date (1956, 1991-12, 1945/1991)." },
            new QueryArgument<RelationDirectionType> { Name = "direction", Description = "Which end this entity must be.", DefaultValue = RelationDirection.Both }));
        type.AddField(Field<NonNullGraphType<EventConnectionType>>(
            "events",
            "Events this entity is involved in (participant, place or concerned), in timeline order.",
            EntityResolvers.Events,
            new QueryArgument<IntGraphType> { Name = "first", Description = "At most 100.", DefaultValue = Paging.DefaultPageSize },
            new QueryArgument<StringGraphType> { Name = "after", Description = "The endCursor of the previous page." }));

        FieldType Field<TGraphType>(string name, string? description, Func<IResolveFieldContext<Entity>, object?> resolve, params QueryArgument[] arguments)
            where TGraphType : IGraphType =>
            new()
            {
                Name = name,
                Type = typeof(TGraphType),
                Description = description,
                Arguments = arguments.Length == 0 ? null : new QueryArguments(arguments),
                Resolver = withResolvers ? new FuncFieldResolver<Entity, object?>(resolve) : null,
            };
    }
}
