using GraphQL.Types;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Stats;

/// <summary><c>stats</c>: counts of what the graph holds.</summary>
internal static class StatsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<GraphStatsType>>("stats")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IGraphStore>().GetStatsAsync(c.CancellationToken));
    }
}
