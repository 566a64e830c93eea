using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;
using TreatyGraph.Ingestion.Seeding;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary>
/// Seed on start loads the curated facts, then reads the seed article through the ingestion pipeline into them:
/// the article's evidence joins the curated events, it creates no twin of one, and it is the code path
/// <c>treatygraph seed</c> runs (running that over the API's store changes nothing).
/// </summary>
public sealed class SeedIngestionTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IGraphStore Store => api.Services.GetRequiredService<IGraphStore>();

    [Fact]
    public async Task TheSeedArticlesEvidenceJoinsCuratedEventsThatDidNotCiteItBefore()
    {
        var seed = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), Ct);
        var article = Assert.Single(seed.Articles);
        var stored = await Store.GetEventsAsync([.. seed.Events.Select(e => e.Id)], Ct);

        Assert.Equal(seed.Events.Count, stored.Count);
        var gained = seed.Events
            .Where(e => !e.Evidence.Any(x => x.ArticleId == article.Id) && stored[e.Id].Evidence.Any(x => x.ArticleId == article.Id))
            .ToList();
        Assert.NotEmpty(gained);
        foreach (var evidence in stored.Values.SelectMany(e => e.Evidence).Where(x => x.ArticleId == article.Id))
        {
            // Every citation of the seed article points into its stored text, at the sentence it names.
            Assert.NotNull(evidence.Start);
            Assert.Equal(evidence.Quote, article.Text[evidence.Start!.Value..evidence.End!.Value]);
            var sentence = article.Sentences[evidence.SentenceIndex!.Value];
            Assert.InRange(evidence.Start.Value, sentence.Start, sentence.End - 1);
        }

        Assert.Single((await Store.ListArticlesAsync(new PageRequest(10), Ct)).Edges);
    }

    [Fact]
    public async Task NoEventReadFromTheSeedArticleIsATwinOfAnotherEvent()
    {
        var seed = await GraphFiles.ReadAsync(SeedDirectory.Locate(null), Ct);
        var curated = seed.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var events = new List<Event>();
        await foreach (var e in Store.ScanEventsAsync(null, Ct))
        {
            events.Add(e);
        }

        var read = events.Where(e => !curated.Contains(e.Id)).ToList();
        Assert.All(read, e => Assert.Contains(e.Evidence, x => x.ArticleId == seed.Articles[0].Id));
        var twins = read.SelectMany(a => events.Where(b => b.Id != a.Id && AreTwins(a, b)).Select(b => $"{a.Id} ~ {b.Id}")).ToList();
        Assert.True(twins.Count == 0, "twins: " + string.Join(", ", twins));
    }

    [Fact]
    public async Task SeedingAgainTheWayTheCliDoesChangesNothing()
    {
        var before = await Store.GetStatsAsync(Ct);

        var again = await api.Services.GetRequiredService<GraphSeeder>().LoadAsync(SeedDirectory.Locate(null), Ct);

        Assert.True(again.IsNoOp, $"curated: {again.Curated}; articles new: {string.Join(", ", again.Articles.Select(a => a.IsNew))}");
        Assert.Equal(before, await Store.GetStatsAsync(Ct));
    }

    // The merge rule's twin: same kind and status, a participant in common, dates that overlap (or one unknown).
    private static bool AreTwins(Event a, Event b) =>
        a.Kind == b.Kind && a.Status == b.Status
        && a.Participants.Any(p => b.Participants.Any(q => q.EntityId == p.EntityId))
        && (a.Date is null || b.Date is null || (a.Date.EarliestKey <= b.Date.LatestKey && b.Date.EarliestKey <= a.Date.LatestKey));
}
