using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Http;

/// <summary>Without an explorer page, a browser's GET is a GraphQL request like any other (its Accept allows JSON).</summary>
public sealed class NoExplorerPageTests(NoExplorerPageApi api) : IClassFixture<NoExplorerPageApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ABrowserWithoutAnExplorerPageGetsAGraphQLAnswer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("Query", response.Ok().GetProperty("__typename").GetString());
    }
}
