using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Exports;

/// <summary>The export endpoints over HTTP on the seed graph: what they answer, and how they refuse bad filters.</summary>
public sealed class ExportEndpointTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private readonly HttpClient _client = api.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TimelineExportAnswersTimelineJsJsonForTheFilters()
    {
        using var response = await _client.GetAsync("/export/timelinejs?participants=country:japan,country:russia&match=ALL&from=1956&to=1956&kinds=Signing", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var timeline = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(Cancel));
        var ids = timeline.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("unique_id").GetString()).ToList();
        Assert.Contains("event-1956-joint-declaration-signed", ids);
        Assert.All(timeline.RootElement.GetProperty("events").EnumerateArray(), e => Assert.Equal("Signing", e.GetProperty("group").GetString()));
    }

    [Fact]
    public async Task GraphMlExportIsADownloadOfGraphMl()
    {
        using var response = await _client.GetAsync("/export/graphml?participants=territory:kunashir&asOf=1960", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var graph = XDocument.Load(await response.Content.ReadAsStreamAsync(Cancel));
        Assert.Contains(graph.Descendants(XName.Get("node", "http://graphml.graphdrawing.org/xmlns")), n => (string?)n.Attribute("id") == "territory:kunashir");
    }

    [Theory]
    [InlineData("nodes", "Id,Label,")]
    [InlineData("edges", "Source,Target,Type,")]
    public async Task CsvExportAnswersThePartAsked(string part, string header)
    {
        using var response = await _client.GetAsync($"/export/csv?part={part}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet));
        Assert.Equal($"{part}.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.StartsWith(header, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/timelinejs?participants=country:atlantis", "participants", "no entity 'country:atlantis'")]
    [InlineData("/export/timelinejs?participants=Japan", "participants", "not an entity id")]
    [InlineData("/export/timelinejs?from=1956-13", "from", "not an EDTF date")]
    [InlineData("/export/timelinejs?to=soon", "to", "not an EDTF date")]
    [InlineData("/export/timelinejs?kinds=Party", "kinds", "not an event kind")]
    [InlineData("/export/timelinejs?status=rumoured", "status", "neither occurred nor planned")]
    [InlineData("/export/timelinejs?match=MOST", "match", "neither ANY nor ALL")]
    [InlineData("/export/timelinejs?participant=country:japan", "participant", "not a parameter of this export")]
    [InlineData("/export/timelinejs?from=1950&from=1960", "from", "more than once")]
    [InlineData("/export/graphml?asOf=1991-02-30", "asOf", "not an EDTF date")]
    [InlineData("/export/graphml?kinds=Meeting", "kinds", "not a parameter of this export")]
    [InlineData("/export/csv", "part", "required")]
    [InlineData("/export/csv?part=both", "part", "neither nodes nor edges")]
    public async Task ABadFilterIsA400NamingTheParameterAndTheReason(string url, string parameter, string reason)
    {
        using var response = await _client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("BAD_USER_INPUT", problem.RootElement.GetProperty("code").GetString());
        var reasons = problem.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(r => r.GetString()!);
        Assert.Contains(reasons, r => r.Contains(reason, StringComparison.Ordinal));
        Assert.Contains(parameter, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadFilterOfOneRequestIsReported()
    {
        using var response = await _client.GetAsync("/export/timelinejs?participants=country:atlantis&from=x&status=y", Cancel);

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(["participants", "from", "status"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}
