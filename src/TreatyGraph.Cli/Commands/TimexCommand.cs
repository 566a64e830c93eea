using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TreatyGraph.Ingestion.Time;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// <c>treatygraph timex FILE --dct YYYY-MM-DD</c>: the time expressions of a UTF-8 text file as TIMEX3 JSON,
/// <c>{"timexes":[{"start","end","text","type","value"}]}</c>, the contract of shared/tools/score-timex.
/// Offsets count Unicode characters (code points) of the file's text after a byte-order mark, end
/// exclusive; line ends are kept as they are, so CRLF counts two.
/// </summary>
internal static class TimexCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A UTF-8 text file." };
        var dct = new Option<string?>("--dct") { Description = "The document creation (publication) date, YYYY-MM-DD; without it nothing relative is resolved." };
        var command = new Command("timex", "Print the time expressions of a text as TIMEX3 JSON.") { file, dct };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(file),
            parse.GetValue(dct),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(FileInfo file, string? dct, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        DateOnly? documentDate = null;
        if (dct is not null)
        {
            if (!DateOnly.TryParseExact(dct, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                error.WriteLine($"treatygraph timex: --dct '{dct}' is not a date; give YYYY-MM-DD (e.g. 2018-11-22)");
                return ExitCodes.DataError;
            }

            documentDate = day;
        }

        if (!file.Exists)
        {
            error.WriteLine($"treatygraph timex: no such file: {file.FullName}");
            return ExitCodes.NoInput;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"treatygraph timex: cannot read {file.FullName}: {ex.Message}");
            return ExitCodes.NoInput;
        }

        if (ReadText(bytes) is not { } text)
        {
            error.WriteLine($"treatygraph timex: {file.Name} is not text (binary data or not UTF-8)");
            return ExitCodes.DataError;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error.WriteLine($"treatygraph timex: {file.Name} is empty");
            return ExitCodes.DataError;
        }

        var timexes = new TemporalTagger().Tag(text, documentDate);
        output.WriteLine(ToJson(text, timexes));
        return ExitCodes.Ok;
    }

    private static string? ReadText(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        if (span.Contains((byte)0))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string ToJson(string text, IReadOnlyList<Timex> timexes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("timexes");
            var offsets = new CodePointOffsets(text);
            foreach (var t in timexes)
            {
                json.WriteStartObject();
                json.WriteNumber("start", offsets.At(t.Start));
                json.WriteNumber("end", offsets.At(t.End));
                json.WriteString("text", t.Text);
                json.WriteString("type", t.Type.ToString().ToUpperInvariant());
                json.WriteString("value", t.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
