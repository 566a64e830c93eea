using System.Globalization;
using System.Runtime.CompilerServices;
using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Exports.Tests.Streaming;

/// <summary>
/// A large graph made up on the fly (Bogus, fixed seed) and never held: every scan and timeline page generates its
/// items as they are read (each from its own seed), and <see cref="Yielded"/> reports each one, so a test can see how much output had already
/// left the exporter when the store handed over a given item. Only what exports call is implemented.
/// </summary>
internal sealed class GeneratedGraphStore(int size) : IGraphStore
{
    private const int Seed = 20181114;

    /// <summary>Called with the kind ("entity", "event", "relation") and index of each item as the store hands it out.</summary>
    public Action<string, int>? Yielded { get; set; }

    public int Size => size;

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync(string? afterId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var faker = new Faker();
        for (var i = 0; i < size; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            faker.Random = new Randomizer(Seed + i);
            var entity = new Entity(EntityId(i), EntityKind.Country, faker.Address.Country())
            {
                Description = faker.Lorem.Sentence(12),
                Aliases = [new Alias(faker.Address.CountryCode(), "en")],
            };
            await Task.Yield();
            Yielded?.Invoke("entity", i);
            yield return entity;
        }
    }

    public async IAsyncEnumerable<Event> ScanEventsAsync(string? afterId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var faker = new Faker();
        for (var i = 0; i < size; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = MakeEvent(faker, i);
            await Task.Yield();
            Yielded?.Invoke("event", i);
            yield return e;
        }
    }

    public async IAsyncEnumerable<Relation> ScanRelationsAsync(string? afterId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var faker = new Faker();
        for (var i = 0; i < size; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            faker.Random = new Randomizer((Seed * 3) + i);
            var relation = new Relation(RelationType.MemberOf, EntityId(i), EntityId(faker.Random.Int(0, size - 1)))
            {
                ValidFrom = FuzzyDate.FromYear(faker.Random.Int(1900, 2020)),
                Evidence = [new Evidence(faker.Lorem.Sentence(20)) { Reference = new SourceReference(SourceKind.Other, faker.Company.CompanyName()) }],
            };
            await Task.Yield();
            Yielded?.Invoke("relation", i);
            yield return relation;
        }
    }

    /// <summary>The events in timeline order (their dates grow with their index); the cursor is the next index.</summary>
    public Task<Page<Event>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var start = query.Page.After is null ? 0 : int.Parse(query.Page.After, CultureInfo.InvariantCulture);
        var faker = new Faker();
        var edges = new List<Edge<Event>>();
        for (var i = start; i < Math.Min(size, start + query.Page.First); i++)
        {
            Yielded?.Invoke("event", i);
            edges.Add(new Edge<Event>(MakeEvent(faker, i), (i + 1).ToString(CultureInfo.InvariantCulture)));
        }

        return Task.FromResult(new Page<Event>(edges, start + edges.Count < size, size));
    }

    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Article>>(new Dictionary<string, Article>());

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Entity>>(new Dictionary<string, Entity>());

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ApplyResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Page<Article>> ListArticlesAsync(PageRequest page, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, Page<Event>>> GetEventsOfAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Link>> ExpandAsync(IReadOnlyCollection<string> entityIds, FuzzyDate? asOf, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Neighbourhood> GetNeighbourhoodAsync(string entityId, int depth, FuzzyDate? asOf, int limit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<Article> ScanArticlesAsync(string? afterId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static string EntityId(int i) => string.Create(CultureInfo.InvariantCulture, $"country:c{i:D7}");

    // Each event from its own seed, so that any page can be made without making the ones before it.
    private Event MakeEvent(Faker faker, int i)
    {
        faker.Random = new Randomizer((Seed * 2) + i);
        var day = new DateOnly(1900, 1, 1).AddDays(i % 40000);
        return new Event(string.Create(CultureInfo.InvariantCulture, $"event:e{i:D7}"), EventKind.Meeting, EventStatus.Occurred, faker.Lorem.Sentence(8), FuzzyDate.FromDay(day))
        {
            Participants = [new Participant(EntityId(i)), new Participant(EntityId(faker.Random.Int(0, size - 1)))],
            Evidence = [new Evidence(faker.Lorem.Sentence(25)) { Reference = new SourceReference(SourceKind.Other, faker.Company.CompanyName()) { Url = faker.Internet.Url() } }],
        };
    }
}
