using Microsoft.Extensions.Options;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Hosting;

/// <summary>
/// Before the server takes requests: creates or migrates the store's schema and, when <c>Seed:OnStartup</c> is
/// set and the store is empty, loads the seed graph. A failure stops the start with the reason.
/// </summary>
internal sealed class StoreStartup : IHostedService
{
    private readonly IGraphStore _store;
    private readonly SeedLoader _seed;
    private readonly IOptions<SeedOptions> _options;
    private readonly StoreReadiness _readiness;
    private readonly ILogger<StoreStartup> _logger;

    public StoreStartup(IGraphStore store, SeedLoader seed, IOptions<SeedOptions> options, StoreReadiness readiness, ILogger<StoreStartup> logger)
    {
        _store = store;
        _seed = seed;
        _options = options;
        _readiness = readiness;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _store.InitializeAsync(cancellationToken);
        var entities = (await _store.GetStatsAsync(cancellationToken)).Entities;
        if (_options.Value.OnStartup && entities == 0)
        {
            await _seed.LoadAsync(_options.Value.Path, cancellationToken);
        }
        else if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation(
                "Seed data not loaded: the store holds {Entities} entities and Seed:OnStartup is {SeedOnStartup}",
                entities,
                _options.Value.OnStartup);
        }

        _readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
