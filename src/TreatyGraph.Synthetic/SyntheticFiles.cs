using TreatyGraph.Synthetic.Files;

namespace TreatyGraph.Synthetic;

/// <summary>
/// Writes a synthetic graph as the four JSONL files of a seed folder (entities, events, relations,
/// articles with their text inline), streaming: only the entities and one story are in memory at a time.
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
        Directory.CreateDirectory(directory);
        await using var entities = new JsonlWriter(Path.Combine(directory, FileNames.Entities));
        await using var events = new JsonlWriter(Path.Combine(directory, FileNames.Events));
        await using var relations = new JsonlWriter(Path.Combine(directory, FileNames.Relations));
        await using var articles = new JsonlWriter(Path.Combine(directory, FileNames.Articles));

        foreach (var entity in graph.Entities)
        {
            GraphJson.Entity(entities.Begin(), entity);
            await entities.EndAsync(cancellationToken).ConfigureAwait(false);
        }

        long facts = 0;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = ProgressStep(graph.Facts);
        foreach (var chunk in graph.Chunks())
        {
            cancellationToken.ThrowIfCancellationRequested();
            keys.Clear();
            foreach (var a in chunk.Articles)
            {
                keys.TryAdd(a.Article.Id, a.Key);
                GraphJson.Article(articles.Begin(), a);
                await articles.EndAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var e in chunk.Events)
            {
                GraphJson.Event(events.Begin(), e, keys);
                await events.EndAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var r in chunk.Relations)
            {
                GraphJson.Relation(relations.Begin(), r, keys);
                await relations.EndAsync(cancellationToken).ConfigureAwait(false);
            }

            facts += chunk.Facts;
            if (facts >= next)
            {
                progress?.Report(new GenerationProgress(facts, articles.Lines, entities.Lines));
                next += ProgressStep(graph.Facts);
            }
        }

        var done = new GenerationProgress(facts, articles.Lines, entities.Lines);
        progress?.Report(done);
        return done;
    }

    internal static long ProgressStep(int facts) => Math.Max(1000, facts / 20);
}
