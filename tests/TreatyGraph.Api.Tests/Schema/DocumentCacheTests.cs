using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Api.Schema;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Schema;

public sealed class DocumentCacheTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private ParsedDocumentCache Cache => api.Services.GetServices<IConfigureExecution>().OfType<ParsedDocumentCache>().Single();

    [Fact]
    public async Task AValidDocumentIsParsedOnceAndReused()
    {
        const string Query = "query CacheProbe($id: ID!) { entity(id: $id) { name } }";
        var before = Cache.Count;

        var japan = (await _client.PostQueryAsync(Query, new { id = "country:japan" })).Ok();
        var russia = (await _client.PostQueryAsync(Query, new { id = "country:russia" })).Ok();

        Assert.Equal(before + 1, Cache.Count);
        Assert.Equal("Japan", japan.GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal("Russia", russia.GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task DocumentsThatFailValidationAreNotKept()
    {
        var before = Cache.Count;

        await _client.PostQueryAsync("{ cacheProbeNoSuchField }");

        Assert.Equal(before, Cache.Count);
    }
}
