using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Merging;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>
/// Reads articles into the graph. <see cref="ExtractAsync"/> only reads (linking names against the graph's
/// entities when a store is registered); ingestion applies one batch per article, merging with what the
/// graph already holds. Register with <c>services.AddIngestion(configuration)</c>.
/// </summary>
public sealed partial class IngestionService
{
    private readonly IGraphStore? _store;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestionService> _logger;

    public IngestionService(IGraphStore store, IOptions<IngestionOptions> options, TimeProvider time, ILogger<IngestionService> logger)
        : this(options, time, logger)
    {
        _store = store;
    }

    public IngestionService(IOptions<IngestionOptions> options, TimeProvider time, ILogger<IngestionService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Reads one article without changing the graph. Throws <see cref="ArticleRejectedException"/> for unusable input.</summary>
    public async Task<ArticleExtraction> ExtractAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var extraction = await ExtractCoreAsync(input, cancellationToken);
        return new ArticleExtraction(extraction.Article, ExtractionJson.Write(extraction))
        {
            Warnings = extraction.Warnings,
            EntityCount = extraction.Entities.Count,
            EventCount = extraction.Events.Count,
            RelationCount = extraction.Relations.Count,
        };
    }

    /// <summary>
    /// Extracts one article and applies it to the graph as one batch. The same text again changes nothing; an
    /// event another article already reported gains this article's evidence instead of a twin. Throws
    /// <see cref="ArticleRejectedException"/> for unusable input (nothing is stored then).
    /// </summary>
    public async Task<IngestResult> IngestAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var store = _store ?? throw new InvalidOperationException("Ingestion needs a graph store; register one (AddSqliteGraphStore) before AddIngestion.");
        var extraction = await ExtractCoreAsync(input, cancellationToken);
        var existing = await store.GetArticlesAsync([extraction.Article.Id], cancellationToken);
        if (existing.ContainsKey(extraction.Article.Id))
        {
            LogAlreadyIngested(extraction.Article.Id);
            return new IngestResult(extraction.Article.Id, existing[extraction.Article.Id].Title) { IsNew = false, Warnings = extraction.Warnings };
        }

        var (batch, result) = await new GraphMerger(store).MergeAsync(extraction, cancellationToken);
        await store.ApplyAsync(batch, cancellationToken);
        LogIngested(result.ArticleId, result.CreatedEntities.Count, result.CreatedEvents.Count, result.MergedEvents.Count, result.CreatedRelations.Count);
        return result;
    }

    /// <summary>
    /// Reads an article the graph already holds under its own text (a seed article, loaded with the curated facts
    /// that cite it) and merges what it finds into the graph: events the curated data has gain the article's sentences
    /// as evidence (and keep their dates), the rest is added, and every piece of evidence cites the stored article. Running it again changes
    /// nothing; <see cref="IngestResult.IsNew"/> then is false.
    /// </summary>
    public async Task<IngestResult> IngestStoredArticleAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var store = _store ?? throw new InvalidOperationException("Ingestion needs a graph store; register one (AddSqliteGraphStore) before AddIngestion.");
        var input = new ArticleInput(article.Text)
        {
            Title = article.Title,
            Published = article.Published,
            Url = article.Url,
            Publisher = article.Publisher,
            Language = article.Language,
        };
        var extraction = await ExtractCoreAsync(input, cancellationToken);
        var (batch, result) = await new GraphMerger(store, keepStoredDates: true).MergeAsync(extraction, new ArticleCitations(extraction, article), cancellationToken);
        var applied = await store.ApplyAsync(batch, cancellationToken);
        if (applied.IsNoOp)
        {
            LogAlreadyIngested(article.Id);
            return new IngestResult(article.Id, article.Title) { IsNew = false, Warnings = result.Warnings };
        }

        LogIngested(result.ArticleId, result.CreatedEntities.Count, result.CreatedEvents.Count, result.MergedEvents.Count, result.CreatedRelations.Count);
        return result;
    }

    internal async Task<Extraction> ExtractCoreAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var clean = ArticleCleaner.Clean(input, _options.MaxArticleBytes);
        var gazetteer = GazetteerBuilder.Build(await GraphEntitiesAsync(cancellationToken));
        var extraction = ArticleExtractor.Extract(clean, gazetteer, _time.GetUtcNow());
        LogExtracted(extraction.Article.Id, extraction.Entities.Count, extraction.Events.Count, extraction.Relations.Count);
        return extraction;
    }

    private async Task<List<Entity>> GraphEntitiesAsync(CancellationToken cancellationToken)
    {
        var entities = new List<Entity>();
        if (_store is null)
        {
            return entities;
        }

        await foreach (var entity in _store.ScanEntitiesAsync(null, cancellationToken))
        {
            entities.Add(entity);
        }

        return entities;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} was ingested before; nothing changed")]
    private partial void LogAlreadyIngested(string articleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {ArticleId}: {Entities} new entities, {Events} new events, {Merged} merged events, {Relations} new relations")]
    private partial void LogIngested(string articleId, int entities, int events, int merged, int relations);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracted {ArticleId}: {Entities} entities, {Events} events, {Relations} relations")]
    private partial void LogExtracted(string articleId, int entities, int events, int relations);
}
