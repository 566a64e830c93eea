using System.Net;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary>With no keys configured every mutation is refused, and the error says why.</summary>
public sealed class NoApiKeysTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    [Fact]
    public async Task WithNoKeysConfiguredMutationsAreRefusedSayingSo()
    {
        var client = api.CreateClient();

        var response = await client.IngestAsync(new { text = IngestArticleTests.Report }, bearer: KeyedApi.Key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.ErrorCodes));
        Assert.Contains("no API keys are configured (Api:Keys)", response.SingleError().GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", Assert.Single((await client.PostQueryAsync("{ entity(id: \"person:kaja-lind\") { name } }")).ErrorCodes));
    }
}
