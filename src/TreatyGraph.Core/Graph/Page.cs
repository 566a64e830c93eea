namespace TreatyGraph.Core.Graph;

/// <summary>A page of items, each with the cursor that resumes after it.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, bool HasNextPage, int TotalCount)
{
    public static readonly Page<T> Empty = new([], false, 0);

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}
