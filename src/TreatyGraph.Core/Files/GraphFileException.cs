namespace TreatyGraph.Core.Files;

/// <summary>
/// Graph files that cannot be loaded. <see cref="Errors"/> lists every problem found (file, line, message);
/// the message starts with the first one. Nothing is loaded when any is present.
/// </summary>
public sealed class GraphFileException : Exception
{
    private const int ErrorsInMessage = 20;

    public GraphFileException()
    {
    }

    public GraphFileException(string message)
        : base(message)
    {
    }

    public GraphFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphFileException(IReadOnlyList<GraphFileError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphFileError> Errors { get; } = [];

    private static string Describe(IReadOnlyList<GraphFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var shown = errors.Take(ErrorsInMessage).Select(e => e.ToString());
        var more = errors.Count > ErrorsInMessage ? [$"… and {errors.Count - ErrorsInMessage} more"] : Array.Empty<string>();
        return string.Join(Environment.NewLine, shown.Concat(more));
    }
}
