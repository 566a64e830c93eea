using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Tests.Loading;

/// <summary>The seeded API with its store calls counted.</summary>
public sealed class BatchingApi : TreatyGraphApi
{
    public CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    // The probe query is deliberately wide; the default cost limit would refuse it.
    protected override IEnumerable<(string Key, string Value)> Settings() => [("GraphQL:MaxComplexity", "10000000")];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.DecorateGraphStore(inner => new CountingGraphStore(inner));
}
