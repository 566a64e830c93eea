using Microsoft.Extensions.Diagnostics.HealthChecks;
using TreatyGraph.Api.Hosting;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Health;

/// <summary>Ready when start-up has initialized (and seeded) the store and the store answers now.</summary>
internal sealed class StoreHealthCheck : IHealthCheck
{
    private readonly IGraphStore _store;
    private readonly StoreReadiness _readiness;

    public StoreHealthCheck(IGraphStore store, StoreReadiness readiness)
    {
        _store = store;
        _readiness = readiness;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!_readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("The store is still being initialized.");
        }

        try
        {
            var stats = await _store.GetStatsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The store holds {stats.Entities} entities and {stats.Events} events.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", ex);
        }
    }
}
