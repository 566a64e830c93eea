using TreatyGraph.Api.Tests.Examples;
using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.CrossStore;

/// <summary>
/// The README's example queries, and a timeline paged by cursor, answer byte for byte the same whether the
/// graph is in SQLite or in Neo4j. Needs the real test Neo4j (<c>tests/neo4j/neo4j.sh start</c>).
/// </summary>
public sealed class CrossStoreTests(StorePair stores) : IClassFixture<StorePair>
{
    public static TheoryData<string> Examples => [.. ReadmeExamples.Names.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task TheReadmeExampleAnswersTheSameOnSqliteAndNeo4j(string example)
    {
        var (sqlite, neo4j) = await AskBothAsync(ReadmeExamples.Query(example));

        sqlite.Ok();
        Assert.Equal(sqlite.Body.GetRawText(), neo4j.Body.GetRawText());
    }

    [Fact]
    public async Task TimelinePagesAndTheirCursorsAreTheSameOnBothStores()
    {
        const string Page = """
            query ($after: String) {
              timeline(participants: ["country:japan", "country:russia"], match: ANY, first: 7, after: $after) {
                totalCount
                edges { cursor node { id title date { edtf } } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
        var (first, firstOnNeo4j) = await AskBothAsync(Page);
        var cursor = first.Ok().GetProperty("timeline").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (second, secondOnNeo4j) = await AskBothAsync(Page, $$"""{ "after": "{{cursor}}" }""");

        Assert.Equal(first.Body.GetRawText(), firstOnNeo4j.Body.GetRawText());
        Assert.NotEqual(0, second.Ok().GetProperty("timeline").GetProperty("edges").GetArrayLength());
        Assert.Equal(second.Body.GetRawText(), secondOnNeo4j.Body.GetRawText());
    }

    private async Task<(GraphQLResponse Sqlite, GraphQLResponse Neo4j)> AskBothAsync(string query, string? variables = null)
    {
        Neo4jTestServer.Require();
        using var sqlite = stores.Sqlite.CreateClient();
        using var neo4j = stores.Neo4j!.CreateClient();
        return (await sqlite.GetQueryAsync(query, variables), await neo4j.GetQueryAsync(query, variables));
    }
}
