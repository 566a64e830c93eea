namespace TreatyGraph.Core.Graph;

/// <summary>A cursor that no page of ours produced.</summary>
public sealed class InvalidCursorException : ArgumentException
{
    public InvalidCursorException()
    {
    }

    public InvalidCursorException(string cursor)
        : base($"'{cursor}' is not a cursor returned by this API; pass the endCursor of a previous page.")
    {
    }

    public InvalidCursorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
