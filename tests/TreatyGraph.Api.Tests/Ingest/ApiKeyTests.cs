using System.Net;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary>Mutations need a configured key; without one (or with a wrong one) nothing runs and nothing changes.</summary>
public sealed class ApiKeyTests(KeyedApi api) : IClassFixture<KeyedApi>
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string?, string?> MissingOrWrongKeys => new()
    {
        { null, null },
        { "wrong-key", null },
        { null, "wrong-key" },
        { KeyedApi.Key + "x", null },
        { KeyedApi.Key[..^1], null },
    };

    [Theory]
    [MemberData(nameof(MissingOrWrongKeys))]
    public async Task AMutationWithoutAValidKeyIsUnauthenticatedAndChangesNothing(string? bearer, string? apiKey)
    {
        var before = await api.StatsAsync();

        var response = await _client.IngestAsync(new { text = IngestArticleTests.Report }, bearer, apiKey);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.ErrorCodes));
        Assert.False(response.HasData, "nothing was executed");
        Assert.Equal(before, await api.StatsAsync());
        var message = response.SingleError().GetProperty("message").GetString()!;
        Assert.Contains(bearer is null && apiKey is null ? "need an API key" : "not valid", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRefusalCarriesAChallengeAndWithApplicationJsonIsA200ErrorResponse()
    {
        using var graphQLResponse = IngestRequests.Post(new { text = IngestArticleTests.Report });
        using var challenged = await _client.SendAsync(graphQLResponse, TestContext.Current.CancellationToken);
        Assert.Equal("Bearer", challenged.Headers.WwwAuthenticate.ToString());

        using var json = IngestRequests.Post(new { text = IngestArticleTests.Report }, accept: "application/json");
        var response = await _client.SendGraphQLAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.ErrorCodes));
    }

    [Fact]
    public async Task AMutationAcceptedOnceIsStillRefusedWithoutAKeyFromTheDocumentCache()
    {
        (await _client.IngestAsync(new { text = IngestArticleTests.Report }, bearer: KeyedApi.Key)).Ok();
        var before = await api.StatsAsync();

        var response = await _client.IngestAsync(new { text = IngestArticleTests.FollowUp, published = "2021-03-04" });

        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.ErrorCodes));
        Assert.Equal(before, await api.StatsAsync());
    }

    [Fact]
    public async Task QueriesNeedNoKey()
    {
        var data = (await _client.PostQueryAsync("{ stats { entities } }")).Ok();

        Assert.True(data.GetProperty("stats").GetProperty("entities").GetInt32() > 0);
    }

    [Fact]
    public async Task AKeyDoesNotOpenAMutationOverGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { ingestArticle(input: {text: \"x\"}) { isNew } }"));
        request.Headers.Add("X-Api-Key", KeyedApi.Key);

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }
}
