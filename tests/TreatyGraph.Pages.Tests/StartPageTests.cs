using System.Text.Json;
using TreatyGraph.Pages.Tests.Browsing;
using TreatyGraph.Pages.Tests.Hosting;

namespace TreatyGraph.Pages.Tests;

/// <summary>The start page: a search in any of the three scripts leads to the entity, with its names and relations.</summary>
public sealed class StartPageTests(Chromium chromium)
{
    private const string Entity = """
        query($id: ID!) { entity(id: $id) { name aliases { name } relations { type validFrom { display } validTo { display } } } }
        """;

    [Theory]
    [InlineData("Etorofu", "territory:iturup")]
    [InlineData("択捉島", "territory:iturup")]
    [InlineData("итуруп", "territory:iturup")]
    [InlineData("Abe", "person:shinzo-abe")]
    public async Task ASearchLeadsToTheEntity(string text, string id)
    {
        var entity = (await chromium.Server.GraphQLAsync(Entity, new { id })).GetProperty("entity");
        await using var page = await chromium.OpenAsync();
        await page.GoToAsync("/");

        await page.Page.FillAsync("#q", text);
        await page.Page.PressAsync("#q", "Enter");
        var hit = page.Page.Locator($"#results a.entity-link[href='/?entity={Uri.EscapeDataString(id)}']");
        await hit.WaitForAsync();
        Assert.Equal(entity.GetProperty("name").GetString(), await hit.InnerTextAsync());
        Assert.Contains($"q={Uri.EscapeDataString(text)}", page.Page.Url, StringComparison.Ordinal);
        await hit.ClickAsync();

        var name = page.Page.Locator("#entity-name");
        await name.WaitForAsync();
        Assert.Equal(entity.GetProperty("name").GetString(), await name.InnerTextAsync());
        Assert.EndsWith($"/?entity={Uri.EscapeDataString(id)}", page.Page.Url, StringComparison.Ordinal);
        var shown = await page.Page.Locator("#entity").InnerTextAsync();
        Assert.All(entity.GetProperty("aliases").EnumerateArray(), alias => Assert.Contains(alias.GetProperty("name").GetString()!, shown, StringComparison.Ordinal));
        var relations = entity.GetProperty("relations").EnumerateArray().ToList();
        var rows = await page.Page.Locator("#entity ul.results > li").AllInnerTextsAsync();
        Assert.Equal(relations.Count, rows.Count);
        Assert.All(relations.Zip(rows), pair =>
        {
            Assert.Contains(pair.First.GetProperty("type").GetString()!, pair.Second, StringComparison.Ordinal);
            Assert.EndsWith(Validity(pair.First), pair.Second.TrimEnd(), StringComparison.Ordinal);
        });
        await page.ScreenshotAsync($"start-{id.Replace(':', '-')}");
        await page.AssertNoProblemsAsync();
    }

    // An open end is said in words, so that a start date alone never reads as the day it all happened.
    private static string Validity(JsonElement relation)
    {
        static string? Display(JsonElement date) =>
            date.ValueKind == JsonValueKind.Null ? null : date.GetProperty("display").GetString();
        var (from, to) = (Display(relation.GetProperty("validFrom")), Display(relation.GetProperty("validTo")));
        return (from, to) switch
        {
            ({ } f, { } t) => $"{f} – {t}",
            ({ } f, null) => $"since {f}",
            (null, { } t) => $"until {t}",
            _ => string.Empty,
        };
    }
}
