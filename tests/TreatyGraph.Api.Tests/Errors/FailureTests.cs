using System.Net;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Errors;

public sealed class DevelopmentFailureTests(DevelopmentFaultyStoreApi api) : IClassFixture<DevelopmentFaultyStoreApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ARequestThatOutlastsTheTimeoutIsAnsweredWithATimeoutError()
    {
        var response = await _client.PostQueryAsync($"{{ search(text: \"{FaultyStoreApi.Slow}\") {{ id }} }}");

        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
    }

    [Fact]
    public async Task DevelopmentShowsExceptionDetails()
    {
        var response = await _client.PostQueryAsync($"{{ search(text: \"{FaultyStoreApi.Broken}\") {{ id }} }}");

        var error = response.SingleError();
        Assert.Contains(FaultyStoreApi.Secret, error.GetProperty("extensions").GetProperty("details").GetString(), StringComparison.Ordinal);
    }
}

public sealed class ProductionFailureTests(ProductionFaultyStoreApi api) : IClassFixture<ProductionFaultyStoreApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task OutsideDevelopmentExceptionDetailsStayOnTheServer()
    {
        var response = await _client.PostQueryAsync($"{{ search(text: \"{FaultyStoreApi.Broken}\") {{ id }} }}");

        var error = response.SingleError();
        Assert.DoesNotContain(FaultyStoreApi.Secret, error.ToString(), StringComparison.Ordinal);
        Assert.False(error.GetProperty("extensions").TryGetProperty("details", out _));
    }
}
