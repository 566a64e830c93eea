using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Sqlite;
using TreatyGraph.Synthetic;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// The store side of <c>generate --into-store</c>: opens the configured store (Graph:Provider, as
/// <c>treatygraph seed</c> does) and loads the graph in batches, one transaction each.
/// </summary>
internal static class GenerateIntoStore
{
    /// <summary>What was loaded, or the exit code that says why nothing (more) could be.</summary>
    public static async Task<(GenerationProgress? Loaded, int ExitCode)> LoadAsync(
        Func<IHost> hostFactory,
        SyntheticGraph graph,
        int batch,
        IProgress<GenerationProgress> progress,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = hostFactory();
        }
        catch (CliConfigurationException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return (null, ExitCodes.Config);
        }

        using (host)
        {
            try
            {
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
                var store = host.Services.GetRequiredService<IGraphStore>();
                await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var loaded = await SyntheticLoader.LoadAsync(store, graph, batch, progress, cancellationToken).ConfigureAwait(false);
                await host.StopAsync(cancellationToken).ConfigureAwait(false);
                return (loaded, ExitCodes.Ok);
            }
            catch (OptionsValidationException ex)
            {
                await stderr.WriteLineAsync($"Invalid configuration: {ex.Message}").ConfigureAwait(false);
                return (null, ExitCodes.Config);
            }
            catch (Exception ex) when (ex is SqliteException or SchemaVersionException or IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"The store is unavailable: {ex.Message}").ConfigureAwait(false);
                return (null, ExitCodes.Unavailable);
            }
        }
    }
}
