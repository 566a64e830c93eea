using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Graphs;
using TreatyGraph.Exports.Timelines;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// <c>treatygraph export timelinejs|graphml|csv [filters] --out FILE</c>: the API's exports, from the configured store,
/// streamed to a file (<c>--out -</c> for stdout). <c>csv</c> writes <c>nodes.csv</c> and <c>edges.csv</c> into the
/// folder <c>--out</c>, or one of them to the file <c>--out</c> with <c>--part</c>. Bad filters exit with
/// <see cref="ExitCodes.DataError"/>, naming each option and its problem; a failed export leaves no partial file.
/// </summary>
internal static class ExportCommand
{
    public static Command Create() => Create(CliHost.Build);

    internal static Command Create(Func<IHost> hostFactory)
    {
        var command = new Command("export", "Export a timeline (TimelineJS JSON) or the graph (GraphML, CSV) from the configured store.");
        command.Subcommands.Add(Timeline(hostFactory));
        command.Subcommands.Add(GraphMl(hostFactory));
        command.Subcommands.Add(Csv(hostFactory));
        return command;
    }

    private static Command Timeline(Func<IHost> hostFactory)
    {
        var filters = ExportFilterOptions.ForTimeline();
        var output = OutOption("The JSON file to write, or - for stdout.");
        var command = new Command("timelinejs", "A TimelineJS 3 timeline of the selected events, with sources and treaty eras.") { output };
        filters.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(hostFactory, parse, async (store, io) =>
        {
            var outcome = await ExportFilters.TimelineAsync(store, filters.Read(parse), ct);
            return outcome.IsValid
                ? await ExportFiles.WriteAsync(parse.GetValue(output)!, io, s => new TimelineJsExport(store).WriteAsync(outcome.Selection!, s, ct), ct)
                : await RefuseAsync(io, outcome.Errors);
        }, ct));
        return command;
    }

    private static Command GraphMl(Func<IHost> hostFactory)
    {
        var filters = ExportFilterOptions.ForGraph();
        var output = OutOption("The GraphML file to write, or - for stdout.");
        var command = new Command("graphml", "The whole graph, or the participants' neighbourhood, as GraphML (Gephi, yEd).") { output };
        filters.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(hostFactory, parse, async (store, io) =>
        {
            var outcome = await ExportFilters.GraphAsync(store, filters.Read(parse), ct);
            return outcome.IsValid
                ? await ExportFiles.WriteAsync(parse.GetValue(output)!, io, s => new GraphMlExport(store).WriteAsync(outcome.Selection!, s, ct), ct)
                : await RefuseAsync(io, outcome.Errors);
        }, ct));
        return command;
    }

    private static Command Csv(Func<IHost> hostFactory)
    {
        var filters = ExportFilterOptions.ForGraph();
        var output = OutOption("The folder for nodes.csv and edges.csv; with --part, the file to write (- for stdout).");
        var part = new Option<CsvPart?>("--part") { Description = "Only nodes or only edges, to the file --out." };
        var command = new Command("csv", "The whole graph, or the participants' neighbourhood, as nodes.csv and edges.csv (RFC 4180, UTF-8).") { output, part };
        filters.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(hostFactory, parse, async (store, io) =>
        {
            var outcome = await ExportFilters.GraphAsync(store, filters.Read(parse), ct);
            if (!outcome.IsValid)
            {
                return await RefuseAsync(io, outcome.Errors);
            }

            var export = new CsvExport(store);
            var target = parse.GetValue(output)!;
            if (parse.GetValue(part) is { } only)
            {
                return await ExportFiles.WriteAsync(target, io, s => export.WriteAsync(outcome.Selection!, only, s, ct), ct);
            }

            if (target == ExportFiles.StandardOutput)
            {
                await io.Error.WriteLineAsync("export csv: writing to stdout needs --part nodes or --part edges (two files cannot share it).");
                return ExitCodes.Usage;
            }

            Directory.CreateDirectory(target);
            foreach (var each in Enum.GetValues<CsvPart>())
            {
                var code = await ExportFiles.WriteAsync(Path.Combine(target, CsvExport.FileName(each)), io, s => export.WriteAsync(outcome.Selection!, each, s, ct), ct);
                if (code != ExitCodes.Ok)
                {
                    return code;
                }
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Option<string> OutOption(string description) => new("--out") { Description = description, Required = true };

    private static async Task<int> RefuseAsync(InvocationConfiguration io, IReadOnlyList<FilterError> errors)
    {
        foreach (var error in errors)
        {
            await io.Error.WriteLineAsync($"export: {ExportFilterOptions.OptionName(error.Parameter)}: {error.Reason}");
        }

        return ExitCodes.DataError;
    }

    private static async Task<int> RunAsync(
        Func<IHost> hostFactory, ParseResult parse, Func<IGraphStore, InvocationConfiguration, Task<int>> export, CancellationToken cancellationToken)
    {
        var io = parse.InvocationConfiguration;
        IHost host;
        try
        {
            host = hostFactory();
        }
        catch (CliConfigurationException ex)
        {
            await io.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Config;
        }

        using (host)
        {
            try
            {
                await host.StartAsync(cancellationToken);
                var store = host.Services.GetRequiredService<IGraphStore>();
                await store.InitializeAsync(cancellationToken);
                var code = await export(store, io);
                await host.StopAsync(cancellationToken);
                return code;
            }
            catch (OptionsValidationException ex)
            {
                await io.Error.WriteLineAsync($"Invalid configuration: {ex.Message}");
                return ExitCodes.Config;
            }
            catch (Exception ex) when (ex is SqliteException or SchemaVersionException)
            {
                await io.Error.WriteLineAsync($"The store is unavailable: {ex.Message}");
                return ExitCodes.Unavailable;
            }
        }
    }
}
