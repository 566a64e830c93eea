using System.Net;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Http;

/// <summary>The hook for GraphiQL: browsers get the page, GraphQL clients keep getting GraphQL.</summary>
public sealed class BrowserPageTests(BrowserPageApi api) : IClassFixture<BrowserPageApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?query=%7B__typename%7D")]
    public async Task ABrowserOpeningGraphQLGetsThePage(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BrowserPageApi.Marker, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/graphql-response+json, text/html;q=0.5")]
    public async Task GraphQLClientsStillGetGraphQL(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal("Query", response.Ok().GetProperty("__typename").GetString());
    }
}
