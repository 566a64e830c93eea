using System.Globalization;
using TreatyGraph.Ingestion.Cleaning;

namespace TreatyGraph.Cli.Commands;

/// <summary>Reading an article file for extract and ingest: size checked before reading, dates parsed strictly.</summary>
internal static class ArticleFiles
{
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Reads the file or returns the exit code and message that explain why not.</summary>
    public static async Task<(ArticleInput? Input, int ExitCode, string? Error)> ReadAsync(FileInfo file, string? published, string? title, CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (null, ExitCodes.DataError, $"--published '{published}' is not a date (YYYY-MM-DD, a day that exists).");
            }

            day = parsed;
        }

        if (!file.Exists)
        {
            return (null, ExitCodes.NoInput, $"{file.FullName}: no such file.");
        }

        if (file.Length > MaxBytes)
        {
            return (null, ExitCodes.DataError, $"{file.Name}: the article is larger than the limit of {MaxBytes / (1024 * 1024)} MB.");
        }

        string content;
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            content = bytes.AsSpan().IndexOf((byte)0) >= 0 ? "\0" : System.Text.Encoding.UTF8.GetString(bytes);
        }
        catch (IOException ex)
        {
            return (null, ExitCodes.NoInput, $"{file.Name}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return (null, ExitCodes.NoInput, $"{file.Name}: {ex.Message}");
        }

        var format = file.Extension.ToLowerInvariant() switch
        {
            ".html" or ".htm" => ArticleFormat.Html,
            ".json" => ArticleFormat.Json,
            _ => ArticleFormat.Auto,
        };
        return (new ArticleInput(content) { Format = format, Published = day, Title = title }, ExitCodes.Ok, null);
    }
}
