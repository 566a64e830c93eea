using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Tests.Errors;

/// <summary>
/// A store whose search breaks on demand: "slow" searches outlast the (short) execution timeout, "broken"
/// searches throw. The environment is a parameter of the subclass, because exception details depend on it.
/// </summary>
public abstract class FaultyStoreApi : TreatyGraphApi
{
    public const string Slow = "slow";
    public const string Broken = "broken";
    public const string Secret = "connection string with a password";

    protected override IEnumerable<(string Key, string Value)> Settings() => [("GraphQL:ExecutionTimeout", "00:00:00.300")];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.DecorateGraphStore(inner => new FaultyStore(inner));

    private sealed class FaultyStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public override async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
        {
            switch (query.Text)
            {
                case Slow:
                    await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                    break;
                case Broken:
                    throw new InvalidOperationException(Secret);
            }

            return await base.SearchAsync(query, cancellationToken);
        }
    }
}

public sealed class DevelopmentFaultyStoreApi : FaultyStoreApi;

public sealed class ProductionFaultyStoreApi : FaultyStoreApi
{
    protected override string Environment => "Production";
}

