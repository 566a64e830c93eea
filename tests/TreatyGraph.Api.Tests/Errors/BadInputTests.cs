using System.Net;
using System.Text.Json;
using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Api.Tests.Errors;

/// <summary>Bad input answers with a clear message and a code, and nulls only the field it concerns.</summary>
public sealed class BadInputTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("{ entity(id: \"country:atlantis\") { name } }", "entity")]
    [InlineData("{ event(id: \"event:never-happened\") { title } }", "event")]
    [InlineData("{ article(id: \"article:0123456789abcdef\") { title } }", "article")]
    public async Task UnknownIdsAreNotFoundWithANullField(string query, string field)
    {
        var response = await _client.PostQueryAsync(query);

        var error = response.SingleError();
        Assert.Equal("NOT_FOUND", Code(error));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("{ timeline(participants: [\"country:japan\", \"country:atlantis\"]) { totalCount } }", "country:atlantis")]
    [InlineData("{ connections(from: \"person:shinzo-abe\", to: \"territory:atlantis\") { length } }", "territory:atlantis")]
    [InlineData("{ neighbourhood(id: \"person:nobody\") { center { name } } }", "person:nobody")]
    public async Task UnknownIdsInArgumentsAreNotFoundAndNamed(string query, string unknownId)
    {
        var error = (await _client.PostQueryAsync(query)).SingleError();

        Assert.Equal("NOT_FOUND", Code(error));
        Assert.Contains(unknownId, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ entity(id: \"Japan\") { name } }")]
    [InlineData("{ entity(id: \"country:Japan\") { name } }")]
    [InlineData("{ entity(id: \"planet:earth\") { name } }")]
    [InlineData("{ entity(id: \"country:\") { name } }")]
    [InlineData("{ event(id: \"country:japan\") { title } }")]
    [InlineData("{ article(id: \"article:xyz\") { title } }")]
    [InlineData("{ timeline(participants: [\"japan\"]) { totalCount } }")]
    [InlineData("{ connections(from: \"shinzo abe\", to: \"territory:habomai-islands\") { length } }")]
    public async Task MalformedIdsAreBadUserInput(string query)
    {
        var error = (await _client.PostQueryAsync(query)).SingleError();

        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Contains("id", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline(from: \"{0}\") {{ totalCount }}", "1956-13-01")]
    [InlineData("timeline(to: \"{0}\") {{ totalCount }}", "last tuesday")]
    [InlineData("connections(from: \"person:shinzo-abe\", to: \"territory:habomai-islands\", asOf: \"{0}\") {{ length }}", "2019-02-30")]
    [InlineData("entity(id: \"territory:kunashir\") {{ relations(asOf: \"{0}\") {{ type }} }}", "19XX-")]
    public async Task MalformedEdtfIsBadUserInputWithTheParsersReason(string field, string edtf)
    {
        var query = "{ " + string.Format(System.Globalization.CultureInfo.InvariantCulture, field, edtf) + " }";
        Assert.False(FuzzyDate.TryParse(edtf, out _, out var reason));

        var error = (await _client.PostQueryAsync(query)).SingleError();

        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Contains(reason, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWindowThatEndsBeforeItStartsIsBadUserInput()
    {
        var error = (await _client.PostQueryAsync("{ timeline(from: \"2019\", to: \"1945\") { totalCount } }")).SingleError();

        Assert.Equal("BAD_USER_INPUT", Code(error));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    public async Task MaxHopsOutsideOneToTheCapIsBadUserInput(int maxHops)
    {
        var error = (await _client.PostQueryAsync(
            "query($h: Int) { connections(from: \"person:shinzo-abe\", to: \"territory:habomai-islands\", maxHops: $h) { length } }",
            new { h = maxHops })).SingleError();

        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Contains("maxHops", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ timeline(first: 101) { totalCount } }")]
    [InlineData("{ timeline(first: -1) { totalCount } }")]
    [InlineData("{ search(text: \"a\", first: 101) { id } }")]
    [InlineData("{ articles(first: 101) { totalCount } }")]
    [InlineData("{ entity(id: \"country:japan\") { events(first: 101) { totalCount } } }")]
    [InlineData("{ connections(from: \"person:shinzo-abe\", to: \"territory:habomai-islands\", first: 21) { length } }")]
    [InlineData("{ neighbourhood(id: \"country:japan\", first: 101) { center { id } } }")]
    [InlineData("{ neighbourhood(id: \"country:japan\", depth: 4) { center { id } } }")]
    public async Task SizesBeyondTheirCapsAreBadUserInput(string query)
    {
        var error = (await _client.PostQueryAsync(query)).SingleError();

        Assert.Equal("BAD_USER_INPUT", Code(error));
    }

    [Theory]
    [InlineData("{ timeline(after: \"not-a-cursor\") { totalCount } }")]
    [InlineData("{ entity(id: \"country:japan\") { events(after: \"bm9wZQ\") { totalCount } } }")]
    [InlineData("{ articles(after: \"not-a-cursor\") { totalCount } }")]
    public async Task CursorsWeDidNotWriteAreBadUserInput(string query)
    {
        var error = (await _client.PostQueryAsync(query)).SingleError();

        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Contains("cursor", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EmptySearchTextIsBadUserInput()
    {
        var error = (await _client.PostQueryAsync("{ search(text: \"  \") { id } }")).SingleError();

        Assert.Equal("BAD_USER_INPUT", Code(error));
    }

    [Fact]
    public async Task TooDeepQueriesAreRefusedBeforeTheyRun()
    {
        var nested = "{ name }";
        for (var i = 0; i < 8; i++)
        {
            nested = "{ from " + nested + " }";
            nested = "{ relations " + nested + " }";
        }

        var response = await _client.PostQueryAsync("{ entity(id: \"country:japan\") " + nested + " }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
        Assert.Contains("COMPLEXITY", response.ErrorCodes);
        Assert.Contains("too nested", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooCostlyQueriesAreRefusedBeforeTheyRun()
    {
        const string Query = """
            {
              timeline(first: 100) {
                edges { node { participants { entity { relations { from { relations { to { name } } } } } } } }
              }
            }
            """;

        var response = await _client.PostQueryAsync(Query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
        Assert.Contains("COMPLEXITY", response.ErrorCodes);
    }

    [Fact]
    public async Task ComplexityCountsVariablesAlsoForCachedDocuments()
    {
        const string Query = """
            query($n: Int) {
              timeline(first: $n) {
                edges { node { participants { entity { relations { from { relations { to { name } } } } } } } }
              }
            }
            """;

        var cheap = await _client.PostQueryAsync(Query, new { n = 1 });
        var costly = await _client.PostQueryAsync(Query, new { n = 100 });

        Assert.Empty(cheap.Errors);
        Assert.Contains("COMPLEXITY", costly.ErrorCodes);
    }

    [Fact]
    public async Task AMutationCachedFromPostIsStillRefusedOverGet()
    {
        const string Query = "query Q { __typename } mutation M { __typename }";
        await _client.PostQueryAsync(Query, operationName: "Q");

        var response = await _client.GetQueryAsync(Query, operationName: "M");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    private static string? Code(JsonElement error) =>
        error.GetProperty("extensions").GetProperty("code").GetString();
}
