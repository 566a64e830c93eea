using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Hosting;

/// <summary>Reads the seed folder and applies it to the store in one batch.</summary>
internal sealed class SeedLoader
{
    private readonly IGraphStore _store;
    private readonly ILogger<SeedLoader> _logger;

    public SeedLoader(IGraphStore store, ILogger<SeedLoader> logger)
    {
        _store = store;
        _logger = logger;
    }

    public Task LoadAsync(string? configuredPath, CancellationToken cancellationToken)
    {
        _ = _store;
        _ = cancellationToken;
        _logger.LogWarning("Seed loading is not built in yet; {SeedPath} not loaded", configuredPath);
        return Task.CompletedTask;
    }
}
