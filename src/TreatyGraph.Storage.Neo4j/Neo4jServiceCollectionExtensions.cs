using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j;

/// <summary>Registers the Neo4j store.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as the Neo4j store (a singleton) with <see cref="Neo4jOptions"/> bound
    /// to the <c>Neo4j</c> section and validated on start, and an HttpClient that retries transient failures.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.Uri, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps),
                "Neo4j:Uri must be an http:// or https:// URL (this store talks HTTP, not Bolt), e.g. http://localhost:7474.")
            .ValidateOnStart();

        services.AddHttpClient(Neo4jClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("neo4j", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldHandle = args => TransientFailures.ShouldRetryAsync(args.Outcome),
                    });
                }

                pipeline.AddTimeout(options.RequestTimeout);
            });

        services.AddSingleton<Neo4jClient>();
        services.AddSingleton<Neo4jGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
