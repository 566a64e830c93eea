using System.CommandLine;
using System.Globalization;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// Where an export goes: a file, written beside its final name and moved there only when complete (a failed or
/// cancelled export leaves nothing half-written), or stdout for <c>-</c>.
/// </summary>
internal static class ExportFiles
{
    public const string StandardOutput = "-";

    public static async Task<int> WriteAsync(string path, InvocationConfiguration io, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        if (path == StandardOutput)
        {
            await using var stdout = Console.OpenStandardOutput();
            await write(stdout);
            return ExitCodes.Ok;
        }

        var full = Path.GetFullPath(path);
        var partial = full + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(file);
            }

            File.Move(partial, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await io.Error.WriteLineAsync($"export: cannot write {full}: {ex.Message}");
            return ExitCodes.CantCreate;
        }
        finally
        {
            // Whatever stopped the export (the store, a cancel, a full disk), no half file is left behind.
            File.Delete(partial);
        }

        await io.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {full} ({new FileInfo(full).Length:N0} bytes)"));
        return ExitCodes.Ok;
    }
}
