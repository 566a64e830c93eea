using TreatyGraph.Synthetic;

namespace TreatyGraph.Cli.Commands;

/// <summary>The store side of <c>generate --into-store</c>: opens the configured store and loads the graph in batches.</summary>
internal static class GenerateIntoStore
{
    public static async Task<GenerationProgress?> LoadAsync(SyntheticGraph graph, int batch, IProgress<GenerationProgress> progress, TextWriter stderr, CancellationToken cancellationToken)
    {
        _ = graph;
        _ = batch;
        _ = progress;
        _ = cancellationToken;
        await stderr.WriteLineAsync("--into-store needs a graph store; none is registered in this build yet.").ConfigureAwait(false);
        return null;
    }
}
