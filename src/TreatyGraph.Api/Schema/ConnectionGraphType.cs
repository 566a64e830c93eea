using GraphQL.Types;

namespace TreatyGraph.Api.Schema;

/// <summary>The shape every connection shares; subclasses name it and its node type.</summary>
internal abstract class ConnectionGraphType<TEdgeGraphType, TNodeGraphType, T> : ObjectGraphType<Connection<T>>
    where TEdgeGraphType : IGraphType
    where TNodeGraphType : IGraphType
{
    protected ConnectionGraphType()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The edges' nodes, for clients that need no cursors.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match, across all pages.")
            .Resolve(c => c.Source.TotalCount);
    }
}
