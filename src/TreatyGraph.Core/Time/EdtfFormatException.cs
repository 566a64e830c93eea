namespace TreatyGraph.Core.Time;

/// <summary>Thrown when a string is not EDTF that TreatyGraph understands; the message says why.</summary>
public sealed class EdtfFormatException : FormatException
{
    public EdtfFormatException()
    {
    }

    public EdtfFormatException(string message)
        : base(message)
    {
    }

    public EdtfFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EdtfFormatException(string input, string reason)
        : base($"'{input}' is not a valid EDTF date: {reason}.")
    {
        Input = input;
    }

    /// <summary>The text that failed to parse.</summary>
    public string? Input { get; }
}
