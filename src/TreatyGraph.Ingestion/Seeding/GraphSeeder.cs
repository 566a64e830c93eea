using Microsoft.Extensions.Logging;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;
using TreatyGraph.Ingestion.Merging;
using TreatyGraph.Ingestion.Pipeline;

namespace TreatyGraph.Ingestion.Seeding;

/// <summary>
/// Loads the seed folder the one way both hosts use (the API at start, <c>treatygraph seed</c>): the curated entities,
/// events and relations first, then each seed article through the ingestion pipeline, so that what the pipeline
/// reads merges into the curated facts (their evidence grows) instead of standing beside them as twins.
/// </summary>
public sealed partial class GraphSeeder
{
    private readonly IGraphStore _store;
    private readonly IngestionService _ingestion;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphSeeder> _logger;

    public GraphSeeder(IGraphStore store, IngestionService ingestion, TimeProvider time, ILogger<GraphSeeder> logger)
    {
        _store = store;
        _ingestion = ingestion;
        _time = time;
        _logger = logger;
    }

    /// <summary>Reads then loads <paramref name="directory"/>.</summary>
    public async Task<SeedResult> LoadAsync(string directory, CancellationToken cancellationToken) =>
        await LoadAsync(await GraphFiles.ReadAsync(directory, cancellationToken), cancellationToken);

    /// <summary>Applies curated facts, then ingests each article of the batch into them. Loading twice changes nothing.</summary>
    public async Task<SeedResult> LoadAsync(GraphBatch seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var now = _time.GetUtcNow();

        // Seed articles carry no ingestion time; they are ingested now. Stored articles keep theirs (insert-once).
        var stamped = seed with { Articles = [.. seed.Articles.Select(a => a.IngestedAt == default ? a with { IngestedAt = now } : a)] };
        var curated = await _store.ApplyAsync(stamped, cancellationToken);
        var articles = new List<IngestResult>(stamped.Articles.Count);
        foreach (var article in stamped.Articles)
        {
            var result = await _ingestion.IngestStoredArticleAsync(article, cancellationToken);
            LogArticle(article.Id, result.CreatedEntities.Count, result.CreatedEvents.Count, result.MergedEvents.Count, result.CreatedRelations.Count);
            articles.Add(result);
        }

        return new SeedResult(curated, articles);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed article {ArticleId} read into the graph: {Entities} new entities, {Events} new events, {Merged} curated events gained evidence, {Relations} new relations")]
    private partial void LogArticle(string articleId, int entities, int events, int merged, int relations);
}
