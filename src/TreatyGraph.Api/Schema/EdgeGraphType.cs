using GraphQL.Types;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Schema;

/// <summary>One item of a connection and the cursor that resumes after it.</summary>
internal abstract class EdgeGraphType<TNodeGraphType, T> : ObjectGraphType<Edge<T>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType()
    {
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(c => c.Source.Node);
    }
}
