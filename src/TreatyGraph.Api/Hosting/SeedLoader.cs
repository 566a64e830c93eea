using System.Diagnostics;
using TreatyGraph.Core.Files;
using TreatyGraph.Ingestion.Seeding;

namespace TreatyGraph.Api.Hosting;

/// <summary>
/// Loads the seed folder through <see cref="GraphSeeder"/>, the code path <c>treatygraph seed</c> uses: curated
/// facts first, then the seed articles through the ingestion pipeline.
/// </summary>
internal sealed class SeedLoader
{
    private readonly GraphSeeder _seeder;
    private readonly ILogger<SeedLoader> _logger;

    public SeedLoader(GraphSeeder seeder, ILogger<SeedLoader> logger)
    {
        _seeder = seeder;
        _logger = logger;
    }

    /// <summary>Loads <paramref name="configuredPath"/>, or the <c>seed-data</c> folder found by walking up.</summary>
    public async Task LoadAsync(string? configuredPath, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var directory = SeedDirectory.Locate(configuredPath);
        var result = await _seeder.LoadAsync(directory, cancellationToken);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation(
                "Loaded seed data from {SeedPath}: {Entities} entities, {Events} events, {Relations} relations, {Articles} articles in {ElapsedMs:0} ms; the articles added {ArticleEntities} entities and {ArticleEvents} events and gave {MergedEvents} events more evidence",
                directory,
                result.Curated.Entities.Created,
                result.Curated.Events.Created,
                result.Curated.Relations.Created,
                result.Curated.Articles.Created,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                result.Articles.Sum(a => a.CreatedEntities.Count),
                result.Articles.Sum(a => a.CreatedEvents.Count),
                result.Articles.Sum(a => a.MergedEvents.Count));
        }
    }
}
