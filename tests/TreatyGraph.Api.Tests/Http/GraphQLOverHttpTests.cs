using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP rules: methods, media types, Accept negotiation and status codes per media type.</summary>
public sealed class GraphQLOverHttpTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";
    private const string TypeName = "{ __typename }";
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static readonly string[] BothMediaTypes = ["application/graphql-response+json", "application/json"];

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task PostWithoutAcceptAnswersGraphQLResponseJson()
    {
        var response = await _client.PostQueryAsync(TypeName);

        Assert.Equal(GraphQLResponseJson, response.ContentType);
        Assert.Equal("Query", response.Ok().GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json", Json)]
    [InlineData("*/*", GraphQLResponseJson)]
    [InlineData("application/*", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json, */*;q=0.1", Json)]
    [InlineData("text/html, application/json;q=0.9", Json)]
    public async Task AcceptPicksTheHighestRankedMediaTypeWeSupport(string accept, string expected)
    {
        var response = await _client.SendGraphQLAsync(Post(TypeName, accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.ContentType);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/xml, text/html")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task AcceptWithNothingWeSupportIsNotAcceptable(string accept)
    {
        var response = await _client.SendGraphQLAsync(Post(TypeName, accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    public async Task PostBodiesOtherThanJsonAreUnsupportedMediaType(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task PostWithoutContentTypeIsUnsupportedMediaType()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{\"query\":\"{ __typename }\"}"u8.ToArray()) };

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("{\"query\":")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[{\"query\":\"{ __typename }\"}]")]
    [InlineData("{\"qeury\":\"{ __typename }\"}")]
    [InlineData("{\"query\":42}")]
    [InlineData("{\"query\":\"query Q($i: Int) { __typename }\",\"variables\":[7]}")]
    public async Task BodiesThatAreNotGraphQLRequestsAreBadRequests(string body)
    {
        foreach (var accept in BothMediaTypes)
        {
            var response = await _client.SendGraphQLAsync(RawPost(body, accept));

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
            Assert.False(response.HasData);
        }
    }

    [Theory]
    [InlineData("", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("", "application/json", HttpStatusCode.OK)]
    [InlineData("{", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{", "application/json", HttpStatusCode.OK)]
    [InlineData("{ noSuchField }", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ noSuchField }", "application/json", HttpStatusCode.OK)]
    [InlineData("query A { __typename } query B { __typename }", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("query A { __typename } query B { __typename }", "application/json", HttpStatusCode.OK)]
    public async Task RequestErrorsAre400InGraphQLResponseJsonAnd200InJson(string query, string accept, HttpStatusCode expected)
    {
        var response = await _client.SendGraphQLAsync(Post(query, accept));

        Assert.Equal(expected, response.Status);
        Assert.NotEmpty(response.Errors);
        Assert.False(response.HasData, "a request error has no data entry");
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task FieldErrorsKeepStatus200WithPartialData(string accept)
    {
        var response = await _client.SendGraphQLAsync(Post("{ entity(id: \"country:atlantis\") { name } __typename }", accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task VariableCoercionFailureIsABadRequest()
    {
        var response = await _client.PostQueryAsync("query($id: ID!) { entity(id: $id) { name } }", variables: new { id = new { not = "an id" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task GetRunsQueriesFromTheQueryString()
    {
        var response = await _client.GetQueryAsync("query Kind($id: ID!) { entity(id: $id) { kind } }", variables: "{\"id\":\"country:japan\"}");

        Assert.Equal(GraphQLResponseJson, response.ContentType);
        Assert.Equal("COUNTRY", response.Ok().GetProperty("entity").GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    public async Task GetRefusesMutationsWith405AndAllowPost(string query, string? operationName)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? string.Empty : "&operationName=" + operationName);
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task GetRunsTheQueryOperationOfADocumentThatAlsoHoldsAMutation()
    {
        var response = await _client.GetQueryAsync("query Q { __typename } mutation M { __typename }", operationName: "Q");

        Assert.Equal("Query", response.Ok().GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?variables=%7B%7D")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=%5B7%5D")]
    [InlineData("/graphql?query=%7B__typename%7D&variables=nope")]
    [InlineData("/graphql?query=%7B__typename%7D&query=%7B__typename%7D")]
    public async Task GetWithoutAUsableQueryIsABadRequest(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await GraphQLHttp.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, body.Status);
        Assert.Equal(["INVALID_REQUEST"], body.ErrorCodes);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethodsAreNotAllowed(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task OperationNameSelectsWhichOperationRuns()
    {
        const string Document = "query Japan { entity(id: \"country:japan\") { name } } query Russia { entity(id: \"country:russia\") { name } }";

        var response = await _client.PostQueryAsync(Document, operationName: "Russia");

        Assert.Equal("Russia", response.Ok().GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task VariablesAreApplied()
    {
        var response = await _client.PostQueryAsync("query($id: ID!) { entity(id: $id) { id } }", variables: new { id = "country:russia" });

        Assert.Equal("country:russia", response.Ok().GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ABrowserGetsGraphiQLEvenWithAQueryInTheAddress()
    {
        // The page's HTML is part of the repository, so this holds whether or not the build installed wwwroot/lib.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<div id=\"graphiql\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameAddressAnswersJsonToAClientThatAsksForIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, text/html;q=0.5");

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(GraphQLResponseJson, response.ContentType);
        Assert.Equal("Query", response.Ok().GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task NamesInOtherScriptsAreWrittenAsUtf8NotEscapes()
    {
        using var response = await _client.PostAsync(
            new Uri("/graphql", UriKind.Relative),
            new StringContent("{\"query\":\"{ search(text: \\\"択捉島\\\") { aliases { name } } }\"}", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("択捉島", text, StringComparison.Ordinal);
        Assert.Contains("Итуруп", text, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Post(string query, string accept) =>
        RawPost(System.Text.Json.JsonSerializer.Serialize(new { query }), accept);

    private static HttpRequestMessage RawPost(string body, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}
