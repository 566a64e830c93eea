using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using TreatyGraph.Cli.Hosting;
using TreatyGraph.Synthetic;

namespace TreatyGraph.Cli.Commands;

/// <summary>
/// <c>treatygraph generate --scale N --seed S --out DIR</c>: a deterministic synthetic diplomatic graph of N
/// facts as seed files, or straight into the configured store with <c>--into-store</c>. Progress and
/// memory go to stderr, a one-line JSON summary to stdout.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create() => Create(CliHost.Build);

    internal static Command Create(Func<IHost> hostFactory)
    {
        var scale = new Option<int>("--scale") { Description = "Number of facts (events plus relations) to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same graph, byte for byte.", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder to write entities/events/relations/articles.jsonl into." };
        var intoStore = new Option<bool>("--into-store") { Description = "Load into the configured store (Graph:Provider) instead of writing files." };
        var batch = new Option<int>("--batch") { Description = "Facts per store batch with --into-store.", DefaultValueFactory = _ => 5000 };
        var command = new Command("generate", "Generate a deterministic synthetic diplomatic graph for demos and benchmarks.")
        {
            scale, seed, output, intoStore, batch,
        };
        command.SetAction((parse, ct) => RunAsync(
            new GenerateRequest(parse.GetValue(scale), parse.GetValue(seed), parse.GetValue(output), parse.GetValue(intoStore), parse.GetValue(batch)),
            Console.Out,
            Console.Error,
            ct,
            hostFactory));
        return command;
    }

    internal static async Task<int> RunAsync(GenerateRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, Func<IHost>? hostFactory = null)
    {
        if (request.Scale < 1 || request.Batch < 1)
        {
            await stderr.WriteLineAsync("--scale and --batch must be at least 1.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (request.Out is null == !request.IntoStore)
        {
            await stderr.WriteLineAsync("Give exactly one of --out DIR and --into-store.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var graph = new SyntheticGraph(request.Scale, request.Seed);
        var progress = new SynchronousProgress<GenerationProgress>(p => stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"generate: {p.Facts:N0}/{request.Scale:N0} facts, {p.Articles:N0} articles, {clock.Elapsed.TotalSeconds:F1} s")));
        GenerationProgress done;
        if (request.Out is { } dir)
        {
            done = await SyntheticFiles.WriteAsync(graph, dir.FullName, progress, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var (loaded, exit) = await GenerateIntoStore.LoadAsync(hostFactory ?? CliHost.Build, graph, request.Batch, progress, stderr, cancellationToken).ConfigureAwait(false);
            if (loaded is null)
            {
                return exit;
            }

            done = loaded.Value;
        }

        clock.Stop();
        using var self = Process.GetCurrentProcess();
        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"facts\":{done.Facts},\"entities\":{done.Entities},\"articles\":{done.Articles},\"seed\":{request.Seed},\"seconds\":{clock.Elapsed.TotalSeconds:F2},\"factsPerSecond\":{done.Facts / Math.Max(0.001, clock.Elapsed.TotalSeconds):F0},\"peakWorkingSetMiB\":{self.PeakWorkingSet64 / (1024 * 1024)},\"managedHeapMiB\":{GC.GetTotalMemory(false) / (1024 * 1024)}}}")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
