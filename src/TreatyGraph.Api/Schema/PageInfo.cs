namespace TreatyGraph.Api.Schema;

/// <summary>Relay's page info. We page forward only: a page after a cursor has a previous page.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
