using System.Diagnostics;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Hosting;

/// <summary>Reads the seed folder with <see cref="GraphFiles"/> and applies it to the store in one batch.</summary>
internal sealed class SeedLoader
{
    private readonly IGraphStore _store;
    private readonly ILogger<SeedLoader> _logger;

    public SeedLoader(IGraphStore store, ILogger<SeedLoader> logger)
    {
        _store = store;
        _logger = logger;
    }

    /// <summary>Loads <paramref name="configuredPath"/>, or the <c>seed-data</c> folder found by walking up.</summary>
    public async Task LoadAsync(string? configuredPath, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var directory = SeedDirectory.Locate(configuredPath);
        var batch = await GraphFiles.ReadAsync(directory, cancellationToken);
        var result = await _store.ApplyAsync(batch, cancellationToken);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation(
                "Loaded seed data from {SeedPath}: {Entities} entities, {Events} events, {Relations} relations, {Articles} articles in {ElapsedMs:0} ms",
                directory,
                result.Entities.Created,
                result.Events.Created,
                result.Relations.Created,
                result.Articles.Created,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
