using System.Net.Http.Json;
using System.Text.Json;

namespace TreatyGraph.Pages.Tests.Hosting;

/// <summary>Asks the running API (GraphQL and exports) what a page should show, so expectations come from the store.</summary>
internal static class Api
{
    public static async Task<JsonElement> GraphQLAsync(this PagesServer server, string query, object? variables = null)
    {
        using var response = await server.Http.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return body.RootElement.GetProperty("data").Clone();
    }

    public static async Task<JsonElement> TimelineExportAsync(this PagesServer server, string filters)
    {
        using var response = await server.Http.GetAsync($"/export/timelinejs?{filters}", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.Clone();
    }
}
