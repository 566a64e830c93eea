using System.CommandLine;
using TreatyGraph.Cli.Commands;

namespace TreatyGraph.Cli;

/// <summary>
/// The <c>treatygraph</c> command. Each subcommand lives in Commands/ with a static <c>Create()</c>; this
/// list is the table of contents. Results go to stdout, logs and errors to stderr, exit codes per
/// <see cref="ExitCodes"/>.
/// </summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("TreatyGraph: a knowledge graph of diplomatic history with fuzzy dates and sources.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        return await root.Parse(args).InvokeAsync();
    }

    private static IEnumerable<Command> Commands()
    {
        yield return SeedCommand.Create();
        yield return ExtractCommand.Create();
        yield return TimexCommand.Create();
        yield return IngestCommand.Create();
        yield return ExportCommand.Create();
        yield return CopyCommand.Create();
        yield return GenerateCommand.Create();
    }
}
