using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using TreatyGraph.Pages.Tests.Browsing;
using TreatyGraph.Pages.Tests.Hosting;

namespace TreatyGraph.Pages.Tests;

/// <summary>The educator's timeline page: TimelineJS draws exactly the export for the filters in the address.</summary>
public sealed class TimelinePageTests(Chromium chromium)
{
    private const string JapanRussia = "participants=country:japan,country:russia&match=ALL";

    [Fact]
    public async Task JapanRussiaTimelineShowsASlidePerExportedEventWithItsOwnDisplayDate()
    {
        var export = await chromium.Server.TimelineExportAsync(JapanRussia);
        var expected = Slides(export);
        Assert.NotEmpty(expected);
        await using var page = await chromium.OpenAsync();

        await page.GoToAsync($"/timeline?{JapanRussia}");
        var shown = await ShownSlidesAsync(page.Page, expected.Count);

        // Same slides, in the export's order, each headed by its headline and the date as the graph knows it
        // ("1956", not "January 1, 1956").
        Assert.Equal(expected.Select(s => s.Id), shown.Select(s => s.Id));
        Assert.All(expected.Zip(shown), pair =>
        {
            Assert.Equal(pair.First.Headline, pair.Second.Headline);
            Assert.Equal(pair.First.Date, pair.Second.Date);
        });
        Assert.Equal(WebUtility.HtmlDecode(export.GetProperty("title").GetProperty("text").GetProperty("headline").GetString()), await page.Page.Locator(".tl-slide-titleslide .tl-headline").InnerTextAsync());
        Assert.Equal(export.GetProperty("eras").GetArrayLength(), await page.Page.Locator(".tl-timeera").CountAsync());
        await page.AssertNoProblemsAsync();
    }

    [Fact]
    public async Task TheFormPutsItsFiltersInTheAddressAndTheSlidesFollow()
    {
        await using var page = await chromium.OpenAsync();
        await page.GoToAsync($"/timeline?{JapanRussia}");
        await page.Page.Locator(".tl-slide").First.WaitForAsync();

        await page.Page.FillAsync("input[name=from]", "1950");
        await page.Page.FillAsync("input[name=to]", "1960");
        await page.Page.CheckAsync("input[name=kinds][value=Signing]");
        await page.Page.ClickAsync("#filters button[type=submit]");
        await page.Page.WaitForURLAsync(url => url.Contains("kinds=Signing", StringComparison.Ordinal));

        var query = new Uri(page.Page.Url).Query.TrimStart('?');
        Assert.Contains("from=1950", query, StringComparison.Ordinal);
        Assert.Contains("to=1960", query, StringComparison.Ordinal);
        var expected = Slides(await chromium.Server.TimelineExportAsync(query));
        Assert.NotEmpty(expected);
        var shown = await ShownSlidesAsync(page.Page, expected.Count);
        Assert.Equal(expected.Select(s => s.Id), shown.Select(s => s.Id));
        await page.ScreenshotAsync("timeline-filtered");

        // The address alone brings the same timeline back: a teacher can share it.
        await page.GoToAsync($"/timeline?{query}");
        Assert.Equal(expected.Select(s => s.Id), (await ShownSlidesAsync(page.Page, expected.Count)).Select(s => s.Id));
        Assert.Equal("1950", await page.Page.InputValueAsync("input[name=from]"));
        Assert.True(await page.Page.IsCheckedAsync("input[name=kinds][value=Signing]"));
        await page.AssertNoProblemsAsync();
    }

    [Fact]
    public async Task ABadFilterInTheAddressShowsTheExportsReason()
    {
        await using var page = await chromium.OpenAsync();
        page.ExpectFailure("/export/timelinejs?from=1956-13");

        await page.GoToAsync("/timeline?from=1956-13");

        var problem = page.Page.Locator("#problem");
        await problem.WaitForAsync();
        Assert.Contains("from", await problem.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("not an EDTF date", await problem.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator(".tl-slide").CountAsync());
        await page.AssertNoProblemsAsync();
    }

    // Headlines are HTML in TimelineJS (the export escapes them); the page shows their text.
    private static List<Slide> Slides(JsonElement export) =>
        [.. export.GetProperty("events").EnumerateArray().Select(e => new Slide(
            e.GetProperty("unique_id").GetString()!,
            WebUtility.HtmlDecode(e.GetProperty("text").GetProperty("headline").GetString()!),
            WebUtility.HtmlDecode(e.GetProperty("display_date").GetString()!)))];

    // TimelineJS gives each slide the event's unique_id as its element id; the title slide comes first.
    private static async Task<List<Slide>> ShownSlidesAsync(IPage page, int expectedCount)
    {
        await page.WaitForFunctionAsync(
            "n => document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)').length === n", expectedCount);
        var slides = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)')].map(s => ({
              id: s.id,
              headline: s.querySelector('.tl-headline')?.textContent.trim() ?? '',
              date: s.querySelector('.tl-headline-date')?.textContent.trim() ?? '',
            }))
            """);
        return [.. slides.EnumerateArray().Select(s => new Slide(s.GetProperty("id").GetString()!, s.GetProperty("headline").GetString()!, s.GetProperty("date").GetString()!))];
    }

    private sealed record Slide(string Id, string Headline, string Date);
}
