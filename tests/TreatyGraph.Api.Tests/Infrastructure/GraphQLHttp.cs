using System.Net.Http.Json;
using System.Text.Json;

namespace TreatyGraph.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL over HTTP the way a client would.</summary>
public static class GraphQLHttp
{
    public static async Task<GraphQLResponse> PostQueryAsync(
        this HttpClient client,
        string query,
        object? variables = null,
        string? operationName = null)
    {
        using var response = await client.PostAsJsonAsync(
            "/graphql",
            new { query, variables, operationName },
            TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<GraphQLResponse> GetQueryAsync(this HttpClient client, string query, string? variables = null, string? operationName = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? string.Empty : "&variables=" + Uri.EscapeDataString(variables))
            + (operationName is null ? string.Empty : "&operationName=" + Uri.EscapeDataString(operationName));
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(string.IsNullOrEmpty(text) ? "{}" : text);
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), document.RootElement.Clone());
    }
}
