using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Pipeline;
using TreatyGraph.Storage.Sqlite;

namespace TreatyGraph.Ingestion.Tests.Merging;

/// <summary>Ingestion against a real SQLite store in a temporary file, one store per test.</summary>
public sealed class IngestionTests : IAsyncLifetime
{
    private const string First = "OSLO, June 12, 2020 -- President Anna Berg of Finland met Swedish Prime Minister Olli Rask in Oslo on Friday. They discussed fisheries.";
    private const string Second = "Finnish President Anna Berg and Swedish Prime Minister Olli Rask met on June 12 in Oslo, officials said on Saturday.";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tg-ingest-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    private IngestionService Ingestion => _services.GetRequiredService<IngestionService>();

    private IGraphStore Store => _services.GetRequiredService<IGraphStore>();

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Sqlite:Path", _path)]).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSqliteGraphStore(configuration)
            .AddIngestion(configuration)
            .BuildServiceProvider();
        await Store.InitializeAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_path) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task SecondReportOfAMeetingAddsEvidenceInsteadOfATwin()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await Ingestion.IngestAsync(new ArticleInput(First), ct);
        var second = await Ingestion.IngestAsync(new ArticleInput(Second) { Published = new DateOnly(2020, 6, 13) }, ct);

        var meetingId = Assert.Single(first.CreatedEvents, id => id.StartsWith("event:meeting", StringComparison.Ordinal));
        Assert.Contains(meetingId, second.MergedEvents);
        Assert.DoesNotContain(second.CreatedEvents, id => id.StartsWith("event:meeting", StringComparison.Ordinal));
        var meeting = (await Store.GetEventsAsync([meetingId], ct))[meetingId];
        Assert.Equal(2, meeting.Evidence.Select(e => e.ArticleId).Distinct().Count());
        Assert.Equal("2020-06-12", meeting.Date?.Edtf);
    }

    [Fact]
    public async Task IngestingTheSameArticleAgainChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await Ingestion.IngestAsync(new ArticleInput(First), ct);
        var before = await Store.GetStatsAsync(ct);

        var again = await Ingestion.IngestAsync(new ArticleInput(First + "\n"), ct);

        Assert.True(first.IsNew);
        Assert.False(again.IsNew);
        Assert.Equal(first.ArticleId, again.ArticleId);
        Assert.Equal(before, await Store.GetStatsAsync(ct));
    }

    [Fact]
    public async Task NewNamesBecomeNewEntities()
    {
        var result = await Ingestion.IngestAsync(new ArticleInput(First), TestContext.Current.CancellationToken);

        Assert.Contains("person:anna-berg", result.CreatedEntities);
        Assert.Contains("person:olli-rask", result.CreatedEntities);
        var stored = await Store.GetEntitiesAsync(["person:anna-berg"], TestContext.Current.CancellationToken);
        Assert.Equal(EntityKind.Person, stored["person:anna-berg"].Kind);
    }

    [Fact]
    public async Task RefusedArticleLeavesTheGraphAsItWas()
    {
        var ct = TestContext.Current.CancellationToken;
        await Ingestion.IngestAsync(new ArticleInput(First), ct);
        var before = await Store.GetStatsAsync(ct);

        await Assert.ThrowsAsync<ArticleRejectedException>(() => Ingestion.IngestAsync(new ArticleInput("<html><body><nav>Home</nav></body></html>"), ct));

        Assert.Equal(before, await Store.GetStatsAsync(ct));
    }
}
