using System.Net;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Pages;

/// <summary>The pages are routed and carry the policy that keeps them from reaching any other server.</summary>
public sealed class PageRoutingTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/", "<title>TreatyGraph</title>")]
    [InlineData("/timeline?participants=country:japan", "<title>Timeline – TreatyGraph</title>")]
    [InlineData("/connections?from=person:shinzo-abe&to=territory:habomai-islands", "<title>Connections – TreatyGraph</title>")]
    public async Task EachPageIsServedWithASelfOnlyContentSecurityPolicy(string url, string title)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrowserOpeningGraphQLGetsGraphiQL()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("/lib/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageScriptsAndStylesAreServed()
    {
        foreach (var asset in new[] { "/js/timeline.js", "/js/connections.js", "/js/start.js", "/js/graphiql.js", "/css/pages.css" })
        {
            using var response = await _client.GetAsync(asset, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, asset);
        }
    }
}
