namespace TreatyGraph.Core.Graph;

/// <summary>One item of a <see cref="Page{T}"/> and its cursor.</summary>
public sealed record Edge<T>(T Node, string Cursor);
