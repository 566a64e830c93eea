using TreatyGraph.Pages.Tests.Browsing;
using TreatyGraph.Pages.Tests.Hosting;

namespace TreatyGraph.Pages.Tests;

/// <summary>GraphiQL at /graphql in a browser: it reads the schema and runs its sample query against this API.</summary>
public sealed class GraphiQLPageTests(Chromium chromium)
{
    [Fact]
    public async Task TheSampleQueryRunsAndShowsTheTimelineCount()
    {
        await using var page = await chromium.OpenAsync();
        await page.GoToAsync("/graphql");
        var editor = await page.Page.Locator(".graphiql-query-editor").InnerTextAsync();
        var expected = await chromium.Server.GraphQLAsync("""
            { timeline(participants: ["country:japan", "country:russia"], match: ALL, from: "1945", to: "2019") { totalCount } }
            """);
        Assert.Contains("timeline(participants: [\"country:japan\", \"country:russia\"], match: ALL, from: \"1945\", to: \"2019\"", editor, StringComparison.Ordinal);

        await page.Page.ClickAsync(".graphiql-execute-button");

        var result = page.Page.Locator(".graphiql-response");
        var count = expected.GetProperty("timeline").GetProperty("totalCount").GetInt32();
        await page.Page.WaitForFunctionAsync("() => document.querySelector('.graphiql-response')?.textContent.includes('totalCount')");
        Assert.Contains($"\"totalCount\": {count}", await result.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("graphiql-result");
        await page.AssertNoProblemsAsync();
    }
}
