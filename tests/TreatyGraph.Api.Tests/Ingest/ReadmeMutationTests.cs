using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary>The README's ingest example, its JSON body sent as its curl command sends it, with this fixture's key.</summary>
public sealed partial class ReadmeMutationTests(KeyedApi api) : IClassFixture<KeyedApi>
{
    [Fact]
    public async Task TheReadmeIngestExampleAddsEvidenceToTheCuratedMoscowVisit()
    {
        var body = Body();
        var client = api.CreateClient();

        var first = (await PostAsync(client, body)).Ok().GetProperty("ingestArticle");
        var again = (await PostAsync(client, body)).Ok().GetProperty("ingestArticle");

        Assert.True(first.GetProperty("isNew").GetBoolean());
        var visit = Assert.Single(first.GetProperty("mergedEvents").EnumerateArray(), e => e.GetProperty("id").GetString() == "event:2019-abe-putin-talks-in-moscow");
        Assert.Contains(visit.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("quote").GetString()!.Contains("visited Moscow on Tuesday", StringComparison.Ordinal));
        Assert.False(again.GetProperty("isNew").GetBoolean());
    }

    private static async Task<GraphQLResponse> PostAsync(HttpClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", KeyedApi.Key);
        return await client.SendGraphQLAsync(request);
    }

    private static string Body()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var match = ExamplePattern().Match(readme);
        Assert.True(match.Success, "README.md has no '<!-- mutation-example: ingest -->' curl command with a -d '...' body.");
        return match.Groups["body"].Value;
    }

    [GeneratedRegex(@"<!-- mutation-example: ingest -->\s*```bash\s*curl [^\n']*(?:'[^']*'[^\n']*)*?-d '(?<body>[^']*)'\s*```")]
    private static partial Regex ExamplePattern();
}
