using System.Text.Json;
using TreatyGraph.Pages.Tests.Browsing;
using TreatyGraph.Pages.Tests.Hosting;

namespace TreatyGraph.Pages.Tests;

/// <summary>The journalist's page: what connects Shinzo Abe and the Habomai Islands, drawn, with the evidence one click away.</summary>
public sealed class ConnectionsPageTests(Chromium chromium)
{
    private const string From = "person:shinzo-abe";
    private const string To = "territory:habomai-islands";

    // The page's own question (its defaults: 3 hops, 5 paths), asked over HTTP for the expectations.
    private const string Connections = """
        query($from: ID!, $to: ID!) {
          connections(from: $from, to: $to, maxHops: 3, first: 5) {
            length
            steps { from { id name } to { id name } relation { id } event { id } evidence { quote } }
          }
        }
        """;

    [Fact]
    public async Task ThePathsFromAbeToTheHabomaiIslandsAreDrawnAndAnEdgeShowsItsEvidence()
    {
        var paths = (await chromium.Server.GraphQLAsync(Connections, new { from = From, to = To })).GetProperty("connections").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        var steps = paths.SelectMany(p => p.GetProperty("steps").EnumerateArray()).ToList();
        await using var page = await chromium.OpenAsync();

        await page.GoToAsync($"/connections?from={From}&to={To}");
        await page.Page.WaitForFunctionAsync("() => window.treatygraphConnections !== undefined");

        // Every entity and link of the paths is drawn inside the visible graph, and the graph holds a path as short
        // as the shortest the API found.
        var drawn = await page.Page.EvaluateAsync<JsonElement>("""
            ([from, to]) => {
              const cy = window.treatygraphConnections.cy;
              const box = { w: cy.width(), h: cy.height() };
              const search = cy.elements().aStar({ root: cy.getElementById(from), goal: cy.getElementById(to) });
              return {
                nodes: cy.nodes().map(n => n.id()),
                inside: cy.nodes().every(n => { const p = n.renderedPosition(); return p.x > 0 && p.y > 0 && p.x < box.w && p.y < box.h; }),
                edges: cy.edges().map(e => [e.source().id(), e.target().id()].sort().join(' ')),
                shortest: search.found ? search.distance : -1,
              };
            }
            """, new[] { From, To });
        var ends = steps.SelectMany(s => new[] { Id(s, "from"), Id(s, "to") }).ToHashSet();
        Assert.Equal(ends.Order(StringComparer.Ordinal), drawn.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).Order(StringComparer.Ordinal));
        Assert.True(drawn.GetProperty("inside").GetBoolean(), "an entity is drawn outside the graph's box");
        var links = drawn.GetProperty("edges").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.All(steps, s => Assert.Contains(Pair(s), links));
        Assert.Equal(paths.Min(p => p.GetProperty("length").GetInt32()), drawn.GetProperty("shortest").GetInt32());

        // A real click on a link (one that is alone between its two entities) shows that step's sentences.
        var step = steps.Last(s => s.GetProperty("evidence").GetArrayLength() > 0 && steps.Count(o => Pair(o) == Pair(s)) == 1);
        var point = await page.Page.EvaluateAsync<JsonElement>("""
            ([a, b]) => {
              const cy = window.treatygraphConnections.cy;
              const edge = cy.getElementById(a).edgesWith(cy.getElementById(b))[0];
              const [s, t] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
              const box = cy.container().getBoundingClientRect();
              return { x: box.left + s.x + (t.x - s.x) * 0.4, y: box.top + s.y + (t.y - s.y) * 0.4 };
            }
            """, new[] { Id(step, "from"), Id(step, "to") });
        await page.Page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        var heading = page.Page.Locator("#evidence-step");
        await heading.WaitForAsync();
        var said = await heading.InnerTextAsync();
        Assert.Contains(step.GetProperty("from").GetProperty("name").GetString()!, said, StringComparison.Ordinal);
        Assert.Contains(step.GetProperty("to").GetProperty("name").GetString()!, said, StringComparison.Ordinal);
        Assert.Equal(
            step.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("quote").GetString()!),
            await page.Page.Locator("#evidence blockquote").AllInnerTextsAsync());
        await page.ScreenshotAsync("connections-evidence");
        await page.AssertNoProblemsAsync();
    }

    [Theory]
    [InlineData("person:nobody-at-all", "NOT_FOUND")]
    [InlineData("Abe", "BAD_USER_INPUT")]
    public async Task AnEndTheGraphDoesNotKnowIsExplainedNotDrawn(string from, string code)
    {
        var answer = await chromium.Server.GraphQLErrorAsync(Connections, new { from, to = To });
        Assert.Equal(code, answer.GetProperty("extensions").GetProperty("code").GetString());
        await using var page = await chromium.OpenAsync();

        await page.GoToAsync($"/connections?from={Uri.EscapeDataString(from)}&to={To}");

        var problem = page.Page.Locator("#problem");
        await problem.WaitForAsync();
        Assert.Equal(answer.GetProperty("message").GetString(), await problem.InnerTextAsync());
        Assert.Equal(0, await page.Page.Locator("#paths > li").CountAsync());
        await page.AssertNoProblemsAsync();
    }

    private static string Id(JsonElement step, string end) => step.GetProperty(end).GetProperty("id").GetString()!;

    private static string Pair(JsonElement step) => string.Join(' ', new[] { Id(step, "from"), Id(step, "to") }.Order(StringComparer.Ordinal));
}
