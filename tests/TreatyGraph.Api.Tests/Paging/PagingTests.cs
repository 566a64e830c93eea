using System.Text.Json;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Paging;

/// <summary>Relay paging: pages continue where the last one ended, and the cap of 100 is honoured.</summary>
public sealed class PagingTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private const string Timeline = """
        query($first: Int, $after: String) {
          timeline(participants: ["country:japan"], first: $first, after: $after) {
            totalCount
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TimelinePagesFollowOnFromTheirCursor()
    {
        var whole = await PageAsync(first: 100, after: null);
        var first = await PageAsync(first: 5, after: null);
        var second = await PageAsync(first: 5, after: first.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        var ids = Ids(whole);
        Assert.True(ids.Count > 10, "Japan takes part in more than two pages of events");
        Assert.Equal(ids.Take(10), Ids(first).Concat(Ids(second)));
        Assert.Equal(whole.GetProperty("totalCount").GetInt32(), second.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(
            second.GetProperty("edges")[4].GetProperty("cursor").GetString(),
            second.GetProperty("pageInfo").GetProperty("endCursor").GetString());
    }

    [Fact]
    public async Task TheLastPageHasNoNextPage()
    {
        var whole = await PageAsync(first: 100, after: null);
        var total = whole.GetProperty("totalCount").GetInt32();
        var edges = whole.GetProperty("edges");
        var secondLast = edges[edges.GetArrayLength() - 2].GetProperty("cursor").GetString();

        var last = await PageAsync(first: 5, after: secondLast);

        Assert.True(total <= 100, "the seed timeline of Japan fits in one capped page");
        Assert.Single(Ids(last));
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task APageOfZeroStillCounts()
    {
        var page = await PageAsync(first: 0, after: null);

        Assert.Empty(Ids(page));
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task EntityEventsPageLikeTheTimeline()
    {
        const string Query = """
            query($after: String) {
              entity(id: "country:japan") { events(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }
            }
            """;
        var first = (await _client.PostQueryAsync(Query, new { after = (string?)null })).Ok().GetProperty("entity").GetProperty("events");
        var second = (await _client.PostQueryAsync(Query, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .Ok().GetProperty("entity").GetProperty("events");

        Assert.Equal(3, Ids(second).Count);
        Assert.Empty(Ids(first).Intersect(Ids(second)));
    }

    [Fact]
    public async Task ArticlesPage()
    {
        var data = (await _client.PostQueryAsync("{ articles(first: 100) { totalCount nodes { id title } pageInfo { hasNextPage } } }")).Ok().GetProperty("articles");

        Assert.Equal(data.GetProperty("totalCount").GetInt32(), data.GetProperty("nodes").GetArrayLength());
        Assert.False(data.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private async Task<JsonElement> PageAsync(int first, string? after) =>
        (await _client.PostQueryAsync(Timeline, new { first, after })).Ok().GetProperty("timeline");

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
}
