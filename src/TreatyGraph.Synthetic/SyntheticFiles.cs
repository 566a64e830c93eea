using TreatyGraph.Core.Files;

namespace TreatyGraph.Synthetic;

/// <summary>
/// Writes a synthetic graph as a graph-files folder through <see cref="GraphFileWriter"/>, the same writer
/// and format that <c>treatygraph seed --path DIR</c> reads, streaming: the generator holds only the
/// entities and one story at a time.
/// </summary>
public static class SyntheticFiles
{
    public static async Task<GenerationProgress> WriteAsync(
        SyntheticGraph graph,
        string directory,
        IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var writer = GraphFileWriter.Create(directory);
        foreach (var entity in graph.Entities)
        {
            await writer.WriteEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }

        long facts = 0;
        long articles = 0;
        var step = Math.Max(1000, graph.Facts / 20);
        var next = step;
        foreach (var chunk in graph.Chunks())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var a in chunk.Articles)
            {
                await writer.WriteArticleAsync(a.Article, cancellationToken).ConfigureAwait(false);
            }

            foreach (var e in chunk.Events)
            {
                await writer.WriteEventAsync(e, cancellationToken).ConfigureAwait(false);
            }

            foreach (var r in chunk.Relations)
            {
                await writer.WriteRelationAsync(r, cancellationToken).ConfigureAwait(false);
            }

            facts += chunk.Facts;
            articles += chunk.Articles.Count;
            if (facts >= next)
            {
                progress?.Report(new GenerationProgress(facts, articles, graph.Entities.Count));
                next += step;
            }
        }

        var done = new GenerationProgress(facts, articles, graph.Entities.Count);
        progress?.Report(done);
        return done;
    }
}
