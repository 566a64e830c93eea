using System.Text.Json;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Examples;

/// <summary>The README's four example queries, sent as its curl commands send them, against the seed graph.</summary>
public sealed class ReadmeExampleTests(TreatyGraphApi api) : IClassFixture<TreatyGraphApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public void TheReadmeHasTheFourExamples() =>
        Assert.Equal(["administration", "connections", "search", "timeline"], ReadmeExamples.Names.Order(StringComparer.Ordinal));

    [Fact]
    public async Task TimelineListsThe1956SigningBeforeThe1960RevocationAndTheSingaporeMeeting()
    {
        var timeline = (await _client.GetQueryAsync(ReadmeExamples.Query("timeline"))).Ok().GetProperty("timeline");
        var nodes = timeline.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var titles = nodes.Select(n => n.GetProperty("title").GetString()!).ToList();

        var signing = titles.FindIndex(t => t.Contains("Joint Declaration", StringComparison.Ordinal) && t.Contains("sign", StringComparison.OrdinalIgnoreCase));
        var revocation = nodes.FindIndex(n => n.GetProperty("kind").GetString() == "REVOCATION");
        var singapore = titles.FindIndex(t => t.Contains("Singapore", StringComparison.Ordinal));
        Assert.True(signing >= 0, $"no 1956 signing in: {string.Join(" | ", titles)}");
        Assert.True(revocation > signing, "the 1960 revocation comes after the 1956 signing");
        Assert.True(singapore > revocation, "the 2018 Singapore meeting comes after the revocation");

        Assert.Equal("19 October 1956", Date(nodes[signing]).GetProperty("display").GetString());
        Assert.Equal("DAY", Date(nodes[signing]).GetProperty("precision").GetString());
        Assert.Contains("November 2018", Date(nodes[singapore]).GetProperty("display").GetString(), StringComparison.Ordinal);
        Assert.False(timeline.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), "the whole 1945–2019 timeline fits one page of 100");
    }

    [Fact]
    public async Task TimelineKeepsEachDatesPrecisionInItsDisplay()
    {
        var nodes = (await _client.GetQueryAsync(ReadmeExamples.Query("timeline"))).Ok()
            .GetProperty("timeline").GetProperty("edges").EnumerateArray().Select(e => Date(e.GetProperty("node"))).ToList();

        Assert.NotEmpty(nodes);
        foreach (var date in nodes)
        {
            var edtf = date.GetProperty("edtf").GetString()!;
            var expected = TreatyGraph.Core.Time.FuzzyDate.Parse(edtf);
            Assert.Equal(expected.Display, date.GetProperty("display").GetString());
            Assert.Equal(expected.Precision.ToString().ToUpperInvariant(), date.GetProperty("precision").GetString());
        }
    }

    [Fact]
    public async Task ConnectionsFromAbeToTheHabomaiIslandsHaveEvidenceOnEveryStep()
    {
        var paths = (await _client.GetQueryAsync(ReadmeExamples.Query("connections"))).Ok().GetProperty("connections").EnumerateArray().ToList();

        Assert.NotEmpty(paths);
        var complete = paths.Where(p => p.GetProperty("steps").EnumerateArray().All(s => s.GetProperty("evidence").GetArrayLength() > 0)).ToList();
        Assert.NotEmpty(complete);
        foreach (var path in paths)
        {
            var steps = path.GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal(path.GetProperty("length").GetInt32(), steps.Count);
            Assert.Equal("Shinzo Abe", steps[0].GetProperty("from").GetProperty("name").GetString());
            Assert.Equal("Habomai Islands", steps[^1].GetProperty("to").GetProperty("name").GetString());
            Assert.All(steps, s => Assert.True(
                s.GetProperty("relation").ValueKind == JsonValueKind.Object ^ s.GetProperty("event").ValueKind == JsonValueKind.Object,
                "each step is a relation or an event"));
            Assert.All(steps.Zip(steps.Skip(1)), pair => Assert.Equal(
                pair.First.GetProperty("to").GetProperty("name").GetString(),
                pair.Second.GetProperty("from").GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task KunashirWasAdministeredByTheSovietUnionThenRussiaWithJapansClaimAlongside()
    {
        var kunashir = (await _client.GetQueryAsync(ReadmeExamples.Query("administration"))).Ok().GetProperty("entity");
        var administration = kunashir.GetProperty("administration").EnumerateArray()
            .Select(a => (By: Name(a.GetProperty("from")), From: Display(a, "validFrom"), To: Display(a, "validTo")))
            .ToList();
        var since1945 = administration.SkipWhile(a => a.By != "Soviet Union").ToList();

        Assert.Equal(["Soviet Union", "Russia"], since1945.Select(a => a.By));
        Assert.Contains("1945", since1945[0].From, StringComparison.Ordinal);
        Assert.Contains("1991", since1945[0].To, StringComparison.Ordinal);
        Assert.Contains("1991", since1945[1].From, StringComparison.Ordinal);
        Assert.Null(since1945[1].To);
        Assert.All(kunashir.GetProperty("administration").EnumerateArray(), a => Assert.NotEqual(0, a.GetProperty("evidence").GetArrayLength()));

        var japan = kunashir.GetProperty("claims").EnumerateArray().Single(c => Name(c.GetProperty("from")) == "Japan");
        Assert.Null(Display(japan, "validTo"));
    }

    [Fact]
    public async Task SearchFindsIturupInRomajiRussianAndJapanese()
    {
        var data = (await _client.GetQueryAsync(ReadmeExamples.Query("search"))).Ok();

        foreach (var alias in new[] { "romaji", "russian", "japanese" })
        {
            var hits = data.GetProperty(alias).EnumerateArray().ToList();
            Assert.NotEmpty(hits);
            Assert.Equal("territory:iturup", hits[0].GetProperty("id").GetString());
        }
    }

    private static JsonElement Date(JsonElement node) => node.GetProperty("date");

    private static string? Name(JsonElement entity) => entity.GetProperty("name").GetString();

    private static string? Display(JsonElement relation, string end) =>
        relation.GetProperty(end).ValueKind == JsonValueKind.Null ? null : relation.GetProperty(end).GetProperty("display").GetString();
}
