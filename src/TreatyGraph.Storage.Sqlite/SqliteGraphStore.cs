using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Storage.Sqlite.Apply;
using TreatyGraph.Storage.Sqlite.Articles;
using TreatyGraph.Storage.Sqlite.Database;
using TreatyGraph.Storage.Sqlite.Entities;
using TreatyGraph.Storage.Sqlite.Events;
using TreatyGraph.Storage.Sqlite.Paths;
using TreatyGraph.Storage.Sqlite.Relations;
using TreatyGraph.Storage.Sqlite.Search;
using TreatyGraph.Storage.Sqlite.Timeline;

namespace TreatyGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL, foreign keys on, versioned schema), FTS5 trigram search
/// over folded names. Readers run concurrently; batches are applied by one writer at a time.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IDisposable
{
    private const int ScanChunk = 500;

    private readonly SqliteDatabase _database;
    private readonly CountCache _timelineCounts = new();
    private readonly ILogger<SqliteGraphStore> _logger;

    public SqliteGraphStore(IOptions<SqliteOptions> options, ILogger<SqliteGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _database = new SqliteDatabase(options.Value.Path, logger);
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath => _database.FilePath;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _database.InitializeAsync(cancellationToken);

    public async Task<ApplyResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var result = await _database.WriteAsync((c, ct) => BatchApplier.ApplyAsync(c, batch, ct), cancellationToken);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug(
                "Applied batch of {Count} items: {Entities} entities, {Events} events, {Relations} relations, {Articles} articles changed",
                batch.Count, result.Entities.Changed, result.Events.Changed, result.Relations.Changed, result.Articles.Changed);
        }
        return result;
    }

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Entity>>(async (c, ct) => await EntityReader.GetAsync(c, ids, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Event>>(async (c, ct) => await EventReader.GetAsync(c, ids, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Relation>>(async (c, ct) => await RelationReader.GetAsync(c, ids, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Article>>(async (c, ct) => await ArticleReader.GetAsync(c, ids, ct), cancellationToken);

    public Task<Page<Article>> ListArticlesAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        ReadAsync((c, ct) => ArticleReader.ListAsync(c, page, ct), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync((c, ct) => NameSearcher.SearchAsync(c, query, ct), cancellationToken);

    public Task<Page<Event>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync((c, ct) => TimelineReader.ReadAsync(c, _timelineCounts, query, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<Event>>> GetEventsOfAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) =>
        ReadAsync((c, ct) => EventsOfReader.ReadAsync(c, entityIds, page, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync((c, ct) => RelationsOfReader.ReadAsync(c, entityIds, query, ct), cancellationToken);

    public Task<IReadOnlyList<Link>> ExpandAsync(IReadOnlyCollection<string> entityIds, FuzzyDate? asOf, CancellationToken cancellationToken = default) =>
        ReadAsync((c, ct) => LinkReader.ExpandAsync(c, entityIds, asOf, ct), cancellationToken);

    // Short paths without an as-of date are joined in SQL (no hub is expanded whole); the rest is Core's search.
    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        PathFinder.Validate(query);
        return query.AsOf is null && query.MaxHops <= LinkPaths.MaxHops
            ? await ReadAsync((c, ct) => LinkPaths.FindAsync(c, query, ct), cancellationToken)
            : await PathFinder.FindAsync(this, query, cancellationToken);
    }

    public Task<Neighbourhood> GetNeighbourhoodAsync(string entityId, int depth, FuzzyDate? asOf, int limit, CancellationToken cancellationToken = default) =>
        NeighbourhoodSearch.FindAsync(this, entityId, depth, asOf, limit, cancellationToken);

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        ScanAsync(afterId, EntityReader.ScanAsync, e => e.Id, cancellationToken);

    public IAsyncEnumerable<Event> ScanEventsAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        ScanAsync(afterId, EventReader.ScanAsync, e => e.Id, cancellationToken);

    public IAsyncEnumerable<Relation> ScanRelationsAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        ScanAsync(afterId, RelationReader.ScanAsync, r => r.Id, cancellationToken);

    public IAsyncEnumerable<Article> ScanArticlesAsync(string? afterId = null, CancellationToken cancellationToken = default) =>
        ScanAsync(afterId, ArticleReader.ScanAsync, a => a.Id, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async (c, ct) =>
            {
                async Task<long> CountAsync(string table) =>
                    Convert.ToInt64(await c.ScalarAsync($"SELECT COUNT(*) FROM {table}", ct), CultureInfo.InvariantCulture);
                return new GraphStats(
                    await CountAsync("entity"),
                    await CountAsync("event"),
                    await CountAsync("relation"),
                    await CountAsync("article"),
                    await CountAsync("event_evidence") + await CountAsync("relation_evidence"));
            },
            cancellationToken);

    public void Dispose() => _database.Dispose();

    // Reads run in a deferred transaction so that a multi-statement answer (a page and its count) sees one snapshot.
    private async Task<T> ReadAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        return await read(connection, cancellationToken);
    }

    // Each chunk is its own short read, so a long scan never holds a snapshot (and the WAL) open.
    private async IAsyncEnumerable<T> ScanAsync<T>(
        string? afterId,
        Func<SqliteConnection, string?, int, CancellationToken, Task<IReadOnlyList<T>>> chunk,
        Func<T, string> id,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var after = afterId;
            var items = await ReadAsync((c, ct) => chunk(c, after, ScanChunk, ct), cancellationToken);
            foreach (var item in items)
            {
                yield return item;
            }

            if (items.Count < ScanChunk)
            {
                yield break;
            }

            afterId = id(items[^1]);
        }
    }
}
