namespace TreatyGraph.Core.Files;

/// <summary>A problem with one line; the reader adds the file name and line number.</summary>
internal sealed class LineException : Exception
{
    public LineException()
    {
    }

    public LineException(string message)
        : base(message)
    {
    }

    public LineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>"Unknown event kind 'X'; expected …." becomes "unknown event kind 'X'; expected …" to follow the file:line prefix.</summary>
    public static LineException From(FormatException ex, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var text = ex.Message.TrimEnd('.');
        if (text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return new LineException(field is null ? text : $"{field}: {text}", ex);
    }
}
