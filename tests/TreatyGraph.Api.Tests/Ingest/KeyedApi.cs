using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary>The API with two API keys and a small body limit, so that a 413 needs no megabytes.</summary>
public sealed class KeyedApi : TreatyGraphApi
{
    public const string Key = "tg-test-key-3f9c1a7e";
    public const string OtherKey = "tg-second-key-77d0";
    public const long MaxBytes = 16 * 1024;

    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    public Task<GraphStats> StatsAsync() => Store.GetStatsAsync(TestContext.Current.CancellationToken);

    protected override IEnumerable<(string Key, string Value)> Settings() =>
    [
        ("Api:Keys:0", Key),
        ("Api:Keys:1", OtherKey),
        ("Api:MaxArticleBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
