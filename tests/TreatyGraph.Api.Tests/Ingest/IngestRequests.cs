using System.Net.Http.Headers;
using System.Net.Http.Json;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary>The <c>ingestArticle</c> mutation as a client sends it, with or without a key.</summary>
internal static class IngestRequests
{
    public const string Mutation = """
        mutation Ingest($input: ArticleInput!) {
          ingestArticle(input: $input) {
            article { id title published publisher url }
            isNew
            createdEntities { id name }
            createdEvents { id kind status date { edtf } evidence { quote article { id } } }
            mergedEvents { id kind evidence { article { id } } }
            createdRelations { id type }
            unresolved
            warnings
          }
        }
        """;

    public static HttpRequestMessage Post(object input, string? bearer = null, string? apiKey = null, string accept = "application/graphql-response+json") =>
        Post(new { query = Mutation, variables = new { input } }, bearer, apiKey, accept);

    public static HttpRequestMessage Post<T>(T body, string? bearer, string? apiKey, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd(accept);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return request;
    }

    public static async Task<GraphQLResponse> IngestAsync(this HttpClient client, object input, string? bearer = null, string? apiKey = null)
    {
        using var request = Post(input, bearer, apiKey);
        return await client.SendGraphQLAsync(request);
    }
}
