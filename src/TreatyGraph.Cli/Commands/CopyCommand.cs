using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Spectre.Console;
using TreatyGraph.Cli.Copying;
using TreatyGraph.Cli.Stores;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// <c>treatygraph copy --from sqlite:PATH --to neo4j:URI</c> (or back): moves a whole graph with its evidence and
/// articles in batches, resumable from a checkpoint file, with progress on stderr and a final count check.
/// </summary>
internal static class CopyCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The store to read: sqlite:PATH or neo4j:URI.", Required = true };
        var to = new Option<string>("--to") { Description = "The store to write: sqlite:PATH or neo4j:URI.", Required = true };
        var user = new Option<string?>("--neo4j-user") { Description = "Neo4j user (default: $Neo4j__User)." };
        var password = new Option<string?>("--neo4j-password") { Description = "Neo4j password (default: $Neo4j__Password)." };
        var database = new Option<string?>("--neo4j-database") { Description = "Neo4j database on 4.x+ (default: $Neo4j__Database, else neo4j)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Items per transaction.", DefaultValueFactory = _ => 500 };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint file (default: beside a SQLite target, else in the current directory)." };

        var command = new Command("copy", "Copy a whole graph (entities, events, relations, evidence, articles) from one store to another.")
        {
            from, to, user, password, database, batchSize, checkpoint,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(from)!,
            parse.GetValue(to)!,
            new Neo4jCredentials(parse.GetValue(user), parse.GetValue(password), parse.GetValue(database)),
            parse.GetValue(batchSize),
            parse.GetValue(checkpoint),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string fromText, string toText, Neo4jCredentials credentials, int batchSize, string? checkpointPath, CancellationToken cancellationToken)
    {
        StoreLocation from, to;
        try
        {
            from = StoreLocation.Parse(fromText);
            to = StoreLocation.Parse(toText);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            await Console.Error.WriteLineAsync($"copy: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (from.ToString() == to.ToString())
        {
            await Console.Error.WriteLineAsync("copy: --from and --to name the same store.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            await using var source = await OpenStore.OpenAsync(from, credentials, cancellationToken).ConfigureAwait(false);
            await using var target = await OpenStore.OpenAsync(to, credentials, cancellationToken).ConfigureAwait(false);
            return await CopyAsync(source, target, batchSize, checkpointPath ?? DefaultCheckpoint(to), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex.Failure is Neo4jFailure.Unavailable or Neo4jFailure.Authentication or Neo4jFailure.Transient)
        {
            await Console.Error.WriteLineAsync($"copy: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unavailable;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"copy: invalid configuration: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Config;
        }
        catch (Exception ex) when (ex is SqliteException or SchemaVersionException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"copy: the store is unavailable: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unavailable;
        }
        catch (GraphIntegrityException ex)
        {
            // Only when the source itself breaks its references, e.g. a store edited by hand.
            await Console.Error.WriteLineAsync($"copy: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.DataError;
        }
    }

    private static async Task<int> CopyAsync(OpenStore source, OpenStore target, int batchSize, string checkpointPath, CancellationToken cancellationToken)
    {
        var sourceStats = await source.Store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var targetBefore = await target.Store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var checkpoint = CopyCheckpoint.Load(checkpointPath, source.Location.ToString(), target.Location.ToString());
        var resuming = checkpoint.LastIds.Count > 0;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.MarkupLineInterpolated($"Copying [bold]{source.Location}[/] → [bold]{target.Location}[/]{(resuming ? " (resuming from the checkpoint)" : "")}");

        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = new Dictionary<CopyItemKind, ProgressTask>
                {
                    [CopyItemKind.Articles] = progress.AddTask("articles", maxValue: Math.Max(1, sourceStats.Articles)),
                    [CopyItemKind.Entities] = progress.AddTask("entities", maxValue: Math.Max(1, sourceStats.Entities)),
                    [CopyItemKind.Events] = progress.AddTask("events", maxValue: Math.Max(1, sourceStats.Events)),
                    [CopyItemKind.Relations] = progress.AddTask("relations", maxValue: Math.Max(1, sourceStats.Relations)),
                };
                var copy = new GraphCopy(source.Store, target.Store, batchSize)
                {
                    Progress = (kind, done) => tasks[kind].Value = done,
                };
                await copy.RunAsync(checkpoint, checkpointPath, cancellationToken).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            }).ConfigureAwait(false);

        var targetAfter = await target.Store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var wasEmpty = targetBefore == new GraphStats(0, 0, 0, 0, 0) || resuming;
        var ok = wasEmpty ? targetAfter == sourceStats : Covers(targetAfter, sourceStats);
        Console.WriteLine($"source {Describe(sourceStats)}");
        Console.WriteLine($"target {Describe(targetAfter)}");
        if (!ok)
        {
            await Console.Error.WriteLineAsync(
                $"copy: count check FAILED: the target holds {Describe(targetAfter)} but the source holds {Describe(sourceStats)}"
                + (wasEmpty ? "." : $" (the target held {Describe(targetBefore)} before).")
                + $" The checkpoint {checkpointPath} is kept; run the same command again to retry.").ConfigureAwait(false);
            return ExitCodes.Software;
        }

        File.Delete(checkpointPath);
        Console.WriteLine(wasEmpty ? "count check passed: both stores hold the same." : "count check passed: the target holds everything the source holds (and what it held before).");
        return ExitCodes.Ok;
    }

    private static bool Covers(GraphStats a, GraphStats b) =>
        a.Entities >= b.Entities && a.Events >= b.Events && a.Relations >= b.Relations && a.Articles >= b.Articles && a.Evidence >= b.Evidence;

    private static string Describe(GraphStats s) =>
        $"{s.Entities} entities, {s.Events} events, {s.Relations} relations, {s.Articles} articles, {s.Evidence} evidence";

    private static string DefaultCheckpoint(StoreLocation to) => to.Provider == StoreProvider.Sqlite
        ? to.Target + ".copy-checkpoint.json"
        : Path.Combine(Directory.GetCurrentDirectory(), $"treatygraph-copy-{new Uri(to.Target).Host}-{new Uri(to.Target).Port}.checkpoint.json");
}
