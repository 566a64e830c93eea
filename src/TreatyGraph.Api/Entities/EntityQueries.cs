using GraphQL;
using GraphQL.Types;
using TreatyGraph.Api.Events;
using TreatyGraph.Api.Loading;
using TreatyGraph.Api.Schema;

namespace TreatyGraph.Api.Entities;

/// <summary><c>entity(id)</c> and <c>event(id)</c>: one item by id, NOT_FOUND when the graph has none.</summary>
internal static class EntityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<EntityInterface>("entity")
            .Description("One entity by id ('person:shinzo-abe'). Unknown ids answer null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c =>
            {
                var id = Arguments.EntityId(c.GetArgument<string>("id"), "id");
                return c.Loaders().Entities.Load(id)
                    .Then(entity => entity ?? throw GraphInputError.NotFound($"No entity has id '{id}'."));
            });
        query.Field<EventType>("event")
            .Description("One event by id. Unknown ids answer null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c =>
            {
                var id = Arguments.PrefixedId(c.GetArgument<string>("id"), "event", "id");
                return c.Loaders().Events.Load(id)
                    .Then(e => e ?? throw GraphInputError.NotFound($"No event has id '{id}'."));
            });
    }
}
