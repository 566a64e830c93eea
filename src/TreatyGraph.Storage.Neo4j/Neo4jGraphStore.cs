using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Neo4j.Http;
using TreatyGraph.Storage.Neo4j.Reads;
using TreatyGraph.Storage.Neo4j.Schema;
using TreatyGraph.Storage.Neo4j.Writes;

namespace TreatyGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, over HTTP. Each port method is one read or write transaction; the feature classes hold
/// the Cypher. Answers match the embedded store's exactly (order, cursors, totals): the contract suite checks.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly Neo4jClient _client;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly BatchWriter _writer;
    private readonly ItemReads _items;
    private readonly SearchReads _search;
    private readonly TimelineReads _timelines;
    private readonly RelationReads _relations;

    public Neo4jGraphStore(Neo4jClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore> logger)
    {
        _client = client;
        _logger = logger;
        _writer = new BatchWriter(client, options);
        _items = new ItemReads(client);
        _search = new SearchReads(client);
        _timelines = new TimelineReads(client);
        _relations = new RelationReads(client);
    }

    public void Dispose() => _writer.Dispose();

    public Task<ApplyResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        _writer.ApplyAsync(batch, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _items.EntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _items.EventsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _items.RelationsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _items.ArticlesAsync(ids, cancellationToken);

    public Task<Page<Article>> ListArticlesAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        _items.ListArticlesAsync(page, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        _search.SearchAsync(query, cancellationToken);

    public Task<Page<Event>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) =>
        _timelines.TimelineAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<Event>>> GetEventsOfAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) =>
        _timelines.EventsOfAsync(entityIds, page, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        _relations.RelationsOfAsync(entityIds, query, cancellationToken);

    public Task<IReadOnlyList<Link>> ExpandAsync(IReadOnlyCollection<string> entityIds, FuzzyDate? asOf, CancellationToken cancellationToken = default) =>
        _relations.ExpandAsync(entityIds, asOf, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        PathFinder.FindAsync(this, query, cancellationToken);

    public Task<Neighbourhood> GetNeighbourhoodAsync(string entityId, int depth, FuzzyDate? asOf, int limit, CancellationToken cancellationToken = default) =>
        NeighbourhoodSearch.FindAsync(this, entityId, depth, asOf, limit, cancellationToken);

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        _items.ScanEntitiesAsync(afterId, cancellationToken);

    public IAsyncEnumerable<Event> ScanEventsAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        _items.ScanEventsAsync(afterId, cancellationToken);

    public IAsyncEnumerable<Relation> ScanRelationsAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        _items.ScanRelationsAsync(afterId, cancellationToken);

    public IAsyncEnumerable<Article> ScanArticlesAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        _items.ScanArticlesAsync(afterId, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        _items.StatsAsync(cancellationToken);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var server = await _client.GetServerAsync(cancellationToken).ConfigureAwait(false);

        // Schema changes cannot share a transaction with each other on 4.x+, so one request each.
        foreach (var statement in SchemaStatements.For(server.Version))
        {
            try
            {
                await _client.RunAsync(statement, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.Code is "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists" or "Neo.ClientError.Schema.ConstraintAlreadyExists")
            {
            }
        }

        LogInitialized(server.Style, server.Version);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j store ready: {Style}, Neo4j {Version}")]
    private partial void LogInitialized(Neo4jApiStyle style, Version version);
}
