using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Graph;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Merging;
using TreatyGraph.Ingestion.Pipeline;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// <c>treatygraph ingest FILE... [--published YYYY-MM-DD] [--title T]</c>: reads each article into the configured
/// store, one batch per article. Re-ingesting changes nothing; an event already in the graph gains evidence.
/// A refused file is reported and skipped; the others are still ingested.
/// </summary>
internal static class IngestCommand
{
    public static Command Create() => Create(CliHost.Build);

    internal static Command Create(Func<IHost> hostFactory)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Articles: plain text, HTML, or JSON {title, published, url, publisher, text}.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for every file; default: each document's own." };
        var title = new Option<string?>("--title") { Description = "Title for every file; default: each document's own." };
        var command = new Command("ingest", "Read articles into the graph: entities, events and relations with their evidence, merged with what is there.");
        command.Arguments.Add(files);
        command.Options.Add(published);
        command.Options.Add(title);
        command.SetAction((parse, ct) => RunAsync(hostFactory, parse.GetValue(files)!, parse.GetValue(published), parse.GetValue(title), parse.InvocationConfiguration, ct));
        return command;
    }

    private static async Task<int> RunAsync(Func<IHost> hostFactory, FileInfo[] files, string? published, string? title, InvocationConfiguration io, CancellationToken cancellationToken)
    {
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
            var worst = ExitCodes.Ok;
            try
            {
                await host.StartAsync(cancellationToken);
                var store = host.Services.GetRequiredService<IGraphStore>();
                await store.InitializeAsync(cancellationToken);
                var ingestion = Service(host, store);
                foreach (var file in files)
                {
                    var (input, code, error) = await ArticleFiles.ReadAsync(file, published, title, cancellationToken);
                    if (input is null)
                    {
                        await io.Error.WriteLineAsync(error);
                        worst = Math.Max(worst, code);
                        continue;
                    }

                    try
                    {
                        var result = await ingestion.IngestAsync(input, cancellationToken);
                        await io.Output.WriteLineAsync(Describe(file, result));
                        foreach (var warning in result.Warnings)
                        {
                            await io.Error.WriteLineAsync($"{file.Name}: {warning}");
                        }
                    }
                    catch (ArticleRejectedException ex)
                    {
                        await io.Error.WriteLineAsync($"{file.Name}: {ex.Message} ({ex.Code}); nothing was stored.");
                        worst = Math.Max(worst, ExitCodes.DataError);
                    }
                }

                await host.StopAsync(cancellationToken);
                return worst;
            }
            catch (OptionsValidationException ex)
            {
                await io.Error.WriteLineAsync($"Invalid configuration: {ex.Message}");
                return ExitCodes.Config;
            }
            catch (Exception ex) when (ex is SqliteException or SchemaVersionException or IOException or UnauthorizedAccessException or HttpRequestException)
            {
                await io.Error.WriteLineAsync($"The store is unavailable: {ex.Message}");
                return ExitCodes.Unavailable;
            }
        }
    }

    internal static IngestionService Service(IHost host, IGraphStore store) => new(
        store,
        Options.Create(new IngestionOptions { MaxArticleBytes = ArticleFiles.MaxBytes }),
        host.Services.GetRequiredService<TimeProvider>(),
        host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<IngestionService>());

    private static string Describe(FileInfo file, IngestResult result) => result.IsNew
        ? $"{file.Name}: {result.ArticleId} ingested; created {result.CreatedEntities.Count} entities, {result.CreatedEvents.Count} events, "
            + $"{result.CreatedRelations.Count} relations; added evidence to {result.MergedEvents.Count} existing events"
            + (result.Unresolved.Count > 0 ? $"; unresolved: {string.Join("; ", result.Unresolved)}" : string.Empty)
        : $"{file.Name}: {result.ArticleId} was ingested before; nothing changed";
}
