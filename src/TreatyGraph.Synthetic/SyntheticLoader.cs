using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Synthetic;

/// <summary>
/// Loads a synthetic graph straight into a store: the entities first, then the facts with their articles
/// in batches of about <c>batchFacts</c> facts, each batch one <see cref="IGraphStore.ApplyAsync"/>.
/// </summary>
public static class SyntheticLoader
{
    public static async Task<GenerationProgress> LoadAsync(
        IGraphStore store,
        SyntheticGraph graph,
        int batchFacts = 5000,
        IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchFacts, 1);

        foreach (var slice in graph.Entities.Chunk(batchFacts))
        {
            await store.ApplyAsync(new GraphBatch { Entities = slice }, cancellationToken).ConfigureAwait(false);
        }

        long facts = 0;
        long articleCount = 0;
        var articles = new List<Article>();
        var events = new List<Event>();
        var relations = new List<Relation>();
        foreach (var chunk in graph.Chunks())
        {
            articles.AddRange(chunk.Articles.Select(a => a.Article));
            events.AddRange(chunk.Events);
            relations.AddRange(chunk.Relations);
            if (events.Count + relations.Count >= batchFacts)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
        return new GenerationProgress(facts, articleCount, graph.Entities.Count);

        async Task FlushAsync()
        {
            if (articles.Count + events.Count + relations.Count == 0)
            {
                return;
            }

            var batch = new GraphBatch { Articles = [.. articles], Events = [.. events], Relations = [.. relations] };
            await store.ApplyAsync(batch, cancellationToken).ConfigureAwait(false);
            facts += events.Count + relations.Count;
            articleCount += articles.Count;
            articles.Clear();
            events.Clear();
            relations.Clear();
            progress?.Report(new GenerationProgress(facts, articleCount, graph.Entities.Count));
        }
    }
}
