using GraphQL.Types;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Stats;

internal sealed class GraphStatsType : ObjectGraphType<GraphStats>
{
    public GraphStatsType()
    {
        Name = "GraphStats";
        Description = "How much the graph holds.";
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => Count(c.Source.Entities));
        Field<NonNullGraphType<IntGraphType>>("events").Resolve(c => Count(c.Source.Events));
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => Count(c.Source.Relations));
        Field<NonNullGraphType<IntGraphType>>("articles").Resolve(c => Count(c.Source.Articles));
        Field<NonNullGraphType<IntGraphType>>("evidence").Resolve(c => Count(c.Source.Evidence));
    }

    // GraphQL's Int is 32-bit; a graph that outgrows it reports the largest Int rather than failing.
    private static int Count(long n) => (int)Math.Min(n, int.MaxValue);
}
