using TreatyGraph.Pages.Tests.Browsing;

namespace TreatyGraph.Pages.Tests;

/// <summary>Every page opens in a real browser, draws what it is for, and nothing on it errs or reaches outside.</summary>
public sealed class PageLoadTests(Chromium chromium)
{
    [Theory]
    [InlineData("start", "/", "#search button")]
    [InlineData("timeline", "/timeline?participants=country:japan,country:russia&match=ALL", ".tl-slide:not(.tl-slide-titleslide)")]
    [InlineData("connections", "/connections?from=person:shinzo-abe&to=territory:habomai-islands", "#graph canvas")]
    [InlineData("graphiql", "/graphql", ".graphiql-container .graphiql-execute-button")]
    public async Task EachPageLoadsWithoutConsoleErrorsOrFailedRequests(string name, string url, string drawn)
    {
        await using var page = await chromium.OpenAsync();

        await page.GoToAsync(url);
        await page.Page.Locator(drawn).First.WaitForAsync();

        await page.ScreenshotAsync(name);
        Assert.Empty(await page.Page.Locator("#assets-missing:visible").AllAsync());
        await page.AssertNoProblemsAsync();
    }
}
