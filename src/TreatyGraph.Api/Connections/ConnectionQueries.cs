using GraphQL;
using GraphQL.Types;
using TreatyGraph.Api.Schema;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Connections;

/// <summary><c>connections(from, to, ...)</c> and <c>neighbourhood(id, ...)</c>: what links entities, and through what.</summary>
internal static class ConnectionQueries
{
    /// <summary>k shortest paths grow fast with k; twenty is more than anyone reads.</summary>
    public const int MaxPaths = 20;

    public const int MaxDepth = 3;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("connections")
            .Description("The shortest paths between two entities through relations and shared events, shortest first; every step carries its evidence.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", $"At most {PathQuery.MaxHopsCap}.", a => a.DefaultValue = 3)
            .Argument<StringGraphType>("asOf", "EDTF: only relations that held, and events dated, no later than this date's end.")
            .Argument<IntGraphType>("first", $"How many paths; at most {MaxPaths}.", a => a.DefaultValue = 5)
            .ResolveAsync(async c =>
            {
                var from = Arguments.EntityId(c.GetArgument<string>("from"), "from");
                var to = Arguments.EntityId(c.GetArgument<string>("to"), "to");
                var maxHops = c.GetArgument("maxHops", 3);
                if (maxHops < 1 || maxHops > PathQuery.MaxHopsCap)
                {
                    throw GraphInputError.BadInput($"'maxHops' must be between 1 and {PathQuery.MaxHopsCap}; it was {maxHops}.");
                }

                var asOf = Arguments.Edtf(c.GetArgument<string?>("asOf"), "asOf");
                var first = Paging.First(c.GetArgument<int?>("first"), defaultSize: 5, max: MaxPaths);
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await EntityExistence.RequireAsync(store, [from, to], "from/to", c.CancellationToken);
                return await store.FindPathsAsync(new PathQuery(from, to, maxHops, asOf, first), c.CancellationToken);
            });

        query.Field<NonNullGraphType<NeighbourhoodType>>("neighbourhood")
            .Description("Entities within a few steps of an entity, and the links between them.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth", $"Steps out; at most {MaxDepth}.", a => a.DefaultValue = 1)
            .Argument<StringGraphType>("asOf", "EDTF: only links that held at some time inside this date.")
            .Argument<IntGraphType>("first", "At most 100 entities.", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var id = Arguments.EntityId(c.GetArgument<string>("id"), "id");
                var depth = c.GetArgument("depth", 1);
                if (depth < 1 || depth > MaxDepth)
                {
                    throw GraphInputError.BadInput($"'depth' must be between 1 and {MaxDepth}; it was {depth}.");
                }

                var asOf = Arguments.Edtf(c.GetArgument<string?>("asOf"), "asOf");
                var first = Paging.First(c.GetArgument<int?>("first"), defaultSize: 50);
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await EntityExistence.RequireAsync(store, [id], "id", c.CancellationToken);
                return await store.GetNeighbourhoodAsync(id, depth, asOf, first, c.CancellationToken);
            });
    }
}
