using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Schema;

/// <summary>A Relay connection: a page of edges, where it sits, and how many items there are in all.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public static Connection<T> From(Page<T> page, string? after) =>
        new(
            page.Edges,
            new PageInfo(
                HasNextPage: page.HasNextPage,
                HasPreviousPage: after is not null,
                StartCursor: page.Edges.Count == 0 ? null : page.Edges[0].Cursor,
                EndCursor: page.EndCursor),
            page.TotalCount);
}
