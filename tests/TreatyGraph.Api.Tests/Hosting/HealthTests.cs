using System.Net;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Hosting;

public sealed class HealthTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task ProbesAnswerHealthyOnceStarted(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StartupLoadsTheSeedGraphIntoTheEmptyStore()
    {
        var stats = (await _client.PostQueryAsync("{ stats { entities events relations articles evidence } }")).Ok().GetProperty("stats");

        Assert.True(stats.GetProperty("entities").GetInt32() >= 120);
        Assert.True(stats.GetProperty("events").GetInt32() >= 80);
        Assert.True(stats.GetProperty("relations").GetInt32() >= 150);
        Assert.True(stats.GetProperty("articles").GetInt32() >= 1);
    }
}
