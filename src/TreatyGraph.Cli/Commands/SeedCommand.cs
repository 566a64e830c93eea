using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;
using TreatyGraph.Ingestion.Seeding;
using TreatyGraph.Storage.Neo4j;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// <c>treatygraph seed [--path DIR]</c>: loads the curated seed data into the configured store, then reads the seed
/// articles into it through the ingestion pipeline (<see cref="GraphSeeder"/>, as the API does at start). The files are
/// read and checked completely before the store is opened, so bad data changes nothing; loading twice changes nothing.
/// </summary>
internal static class SeedCommand
{
    public static Command Create() => Create(CliHost.Build);

    internal static Command Create(Func<IHost> hostFactory)
    {
        var path = new Option<string?>("--path")
        {
            Description = "The seed folder; default Seed:Path, else the seed-data folder found above the working directory.",
        };
        var command = new Command("seed", "Load the curated seed data (seed-data/) into the configured store; safe to repeat.") { path };
        command.SetAction((parse, ct) => RunAsync(hostFactory, parse.GetValue(path), parse.InvocationConfiguration, ct));
        return command;
    }

    private static async Task<int> RunAsync(Func<IHost> hostFactory, string? path, InvocationConfiguration io, CancellationToken cancellationToken)
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
            try
            {
                await host.StartAsync(cancellationToken);
                var batch = await ReadSeedAsync(host, path, io, cancellationToken);
                if (batch is null)
                {
                    return ExitCodes.NoInput;
                }

                var store = host.Services.GetRequiredService<IGraphStore>();
                var time = host.Services.GetRequiredService<TimeProvider>();
                var seeder = new GraphSeeder(store, IngestCommand.Service(host, store), time, host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<GraphSeeder>());
                var result = await seeder.LoadAsync(batch, cancellationToken);
                await SeedReport.WriteAsync(io.Output, result);
                await host.StopAsync(cancellationToken);
                return ExitCodes.Ok;
            }
            catch (GraphFileException ex)
            {
                await io.Error.WriteLineAsync($"The seed data has errors; nothing was loaded.{Environment.NewLine}{ex.Message}");
                return ExitCodes.DataError;
            }
            catch (OptionsValidationException ex)
            {
                await io.Error.WriteLineAsync($"Invalid configuration: {ex.Message}");
                return ExitCodes.Config;
            }
            catch (Neo4jException ex) when (ex.Failure is Neo4jFailure.Unavailable or Neo4jFailure.Authentication or Neo4jFailure.Transient)
            {
                await io.Error.WriteLineAsync($"The store is unavailable: {ex.Message}");
                return ExitCodes.Unavailable;
            }
            catch (Exception ex) when (ex is SqliteException or SchemaVersionException or IOException or UnauthorizedAccessException)
            {
                Logger(host).LogError(ex, "The store could not be written");
                await io.Error.WriteLineAsync($"The store is unavailable: {ex.Message}");
                return ExitCodes.Unavailable;
            }
        }
    }

    private static async Task<GraphBatch?> ReadSeedAsync(IHost host, string? path, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        string directory;
        try
        {
            directory = SeedDirectory.Locate(path ?? host.Services.GetRequiredService<IConfiguration>()["Seed:Path"]);
        }
        catch (DirectoryNotFoundException ex)
        {
            await io.Error.WriteLineAsync(ex.Message);
            return null;
        }

        var logger = Logger(host);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Loading seed data from {SeedDirectory}", directory);
        }

        return await GraphFiles.ReadAsync(directory, cancellationToken);
    }

    private static ILogger Logger(IHost host) => host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TreatyGraph.Cli.Seed");
}
