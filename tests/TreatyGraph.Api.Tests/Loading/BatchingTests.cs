using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Loading;

/// <summary>No N+1: one store call per field and level, however many entities the query touches.</summary>
public sealed class BatchingTests(BatchingApi api) : IClassFixture<BatchingApi>
{
    // The same fields for every entity, so that the only difference between runs is how many entities there are.
    private const string ManyEntities = """
        query($first: Int!) {
          neighbourhood(id: "country:japan", depth: 2, first: $first) {
            entities {
              name
              relations { type from { name } to { name } evidence { article { title } } }
              events(first: 3) { totalCount edges { node { title participants { entity { name } } place { name } concerns { name } } } }
            }
          }
        }
        """;

    private const string KindFields = """
        query($first: Int!) {
          neighbourhood(id: "country:japan", depth: 2, first: $first) {
            entities {
              ... on Treaty { parties { name } signatories { name } }
              ... on Territory { claims { from { name } } administration { from { name } } }
            }
          }
        }
        """;

    private static readonly string[] LookupMethods =
        ["GetEntitiesAsync", "GetEventsAsync", "GetRelationsByIdAsync", "GetArticlesAsync", "GetEventsOfAsync", "GetRelationsAsync"];

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task StoreCallsDoNotGrowWithTheNumberOfEntities()
    {
        var few = await CallsForAsync(first: 10);
        var many = await CallsForAsync(first: 100);

        Assert.True(many.Entities >= 5 * few.Entities, $"the query should touch many more entities; it touched {few.Entities} and {many.Entities}");
        Assert.Equal(few.Calls, many.Calls);
    }

    [Fact]
    public async Task EachOneToManyFieldIsOneBatchedCallPerLevel()
    {
        var (calls, _) = await CallsForAsync(first: 100);
        var (kindCalls, _) = await CallsForAsync(first: 100, KindFields);

        Assert.Equal(1, calls["GetRelationsAsync"]);
        Assert.Equal(1, calls["GetEventsOfAsync"]);
        Assert.Equal(4, kindCalls["GetRelationsAsync"]); // parties, signatories, claims, administration
        Assert.True(calls["GetEntitiesAsync"] <= 3, $"entities are loaded level by level, got {calls["GetEntitiesAsync"]} calls");
        Assert.True(calls["GetArticlesAsync"] <= 1);
    }

    [Fact]
    public async Task AliasedLookupsOfOneFieldShareABatch()
    {
        api.Store.Reset();

        var data = (await _client.PostQueryAsync("""
            {
              a: entity(id: "country:japan") { name }
              b: entity(id: "country:russia") { name }
              c: entity(id: "territory:kunashir") { name }
            }
            """)).Ok();

        Assert.Equal("Japan", data.GetProperty("a").GetProperty("name").GetString());
        Assert.Equal(1, api.Store.Calls("GetEntitiesAsync"));
    }

    private async Task<(Dictionary<string, int> Calls, int Entities)> CallsForAsync(int first, string query = ManyEntities)
    {
        api.Store.Reset();
        var data = (await _client.PostQueryAsync(query, new { first })).Ok();
        var calls = LookupMethods.ToDictionary(m => m, api.Store.Calls);
        return (calls, data.GetProperty("neighbourhood").GetProperty("entities").GetArrayLength());
    }
}
