using System.Net;
using System.Text;
using System.Text.Json;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary>Unusable articles: 413 for bodies over <c>Api:MaxArticleBytes</c>, BAD_USER_INPUT for the rest; the graph never changes.</summary>
public sealed class BadArticleTests(KeyedApi api) : IClassFixture<KeyedApi>
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string, string?, string?, string> Refused => new()
    {
        { string.Empty, null, null, "ARTICLE_EMPTY" },
        { " \n\t ", null, null, "ARTICLE_EMPTY" },
        { "PK\u0003\u0004\0\0\u0014\0binary zip header", null, null, "ARTICLE_BINARY" },
        { "<html><body><nav>Home</nav><div class=\"share\">  </div></body></html>", null, null, "ARTICLE_NO_TEXT" },
        { "12345 -- 678 / 90", null, null, "ARTICLE_NO_TEXT" },
        { IngestArticleTests.Report, "2018-02-30", null, "published" },
        { IngestArticleTests.Report, "22/11/2018", null, "published" },
        { IngestArticleTests.Report, "2018-13-01", null, "published" },
        { IngestArticleTests.Report, null, "not a url", "url" },
        { IngestArticleTests.Report, null, "ftp://example.org/a", "url" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task UnusableInputIsBadUserInputAndChangesNothing(string text, string? published, string? url, string says)
    {
        var before = await api.StatsAsync();

        var response = await _client.IngestAsync(new { text, published, url }, bearer: KeyedApi.Key);

        var error = response.SingleError();
        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.ErrorCodes));
        var message = error.GetProperty("message").GetString()!;
        Assert.True(message.Contains($"({says})", StringComparison.Ordinal) || message.Contains($"'{says}'", StringComparison.Ordinal), $"expected {says} in {message}");
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(before, await api.StatsAsync());
    }

    [Fact]
    public async Task ABodyDeclaredLargerThanTheLimitIs413AndChangesNothing()
    {
        var before = await api.StatsAsync();
        var body = JsonSerializer.Serialize(new { query = IngestRequests.Mutation, variables = new { input = new { text = LongArticle() } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", KeyedApi.Key);

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", Assert.Single(response.ErrorCodes));
        Assert.Contains($"at most {KeyedApi.MaxBytes} bytes (Api:MaxArticleBytes)", response.SingleError().GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await api.StatsAsync());
    }

    [Fact]
    public async Task AChunkedBodyThatRunsPastTheLimitIs413AndChangesNothing()
    {
        var before = await api.StatsAsync();

        // JsonContent streams without a Content-Length, so the limit is found while reading.
        var response = await _client.IngestAsync(new { text = LongArticle() }, bearer: KeyedApi.Key);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", Assert.Single(response.ErrorCodes));
        Assert.Equal(before, await api.StatsAsync());
    }

    private static string LongArticle() =>
        string.Join("\n\n", Enumerable.Repeat(IngestArticleTests.Report, (int)(KeyedApi.MaxBytes / IngestArticleTests.Report.Length) + 2));
}
