using GraphQL.Types;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Connections;

internal sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A chain of steps from one entity to another.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of steps.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkType>>>>("steps").Resolve(c => c.Source.Steps);
    }
}
