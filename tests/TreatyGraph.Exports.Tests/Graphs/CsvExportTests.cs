using TreatyGraph.Exports.Graphs;
using TreatyGraph.Exports.Tests.Fixtures;

namespace TreatyGraph.Exports.Tests.Graphs;

public sealed class CsvExportTests(SeedStore seed, TrickyStore tricky) : IClassFixture<TrickyStore>
{
    [Fact]
    public async Task SeedGraphNodesRoundTripThroughCsv()
    {
        var nodes = Rfc4180.Records(await Exported.CsvAsync(seed.Store, new(), CsvPart.Nodes));

        var byId = nodes.ToDictionary(n => n["Id"]);
        Assert.Equal(seed.Batch.Entities.Count + seed.Batch.Events.Count, byId.Count);
        Assert.All(seed.Batch.Entities, e =>
        {
            Assert.Equal(e.Name, byId[e.Id]["Label"]);
            Assert.Equal(e.Kind.ToString(), byId[e.Id]["kind"]);
            Assert.Equal(e.Aliases.Count, byId[e.Id]["aliases"] is "" ? 0 : byId[e.Id]["aliases"].Split('\n').Length);
        });
        Assert.All(seed.Batch.Events, e =>
        {
            Assert.Equal((e.Title, e.Date?.Edtf ?? string.Empty), (byId[e.Id]["Label"], byId[e.Id]["date"]));
            Assert.Equal(e.Evidence.Select(x => x.Quote), byId[e.Id]["evidence"].Split('\n'));
        });
    }

    [Fact]
    public async Task SeedGraphEdgesRoundTripThroughCsv()
    {
        var edges = Rfc4180.Records(await Exported.CsvAsync(seed.Store, new(), CsvPart.Edges));

        var relations = edges.Where(e => e["Id"].StartsWith("rel:", StringComparison.Ordinal)).ToDictionary(e => e["Id"]);
        Assert.Equal(seed.Batch.Relations.Count, relations.Count);
        Assert.All(seed.Batch.Relations, r =>
        {
            var row = relations[r.Id];
            Assert.Equal((r.FromId, r.ToId, "Directed"), (row["Source"], row["Target"], row["Type"]));
            Assert.Equal((r.ValidFrom?.Edtf ?? string.Empty, r.ValidTo?.Edtf ?? string.Empty, r.Role ?? string.Empty), (row["valid_from"], row["valid_to"], row["role"]));
            Assert.Equal(r.Evidence.Select(x => x.Quote), row["evidence"].Split('\n'));
        });
        Assert.All(edges.Where(e => e["relation"] == GraphEdge.Involves), e => Assert.StartsWith("event:", e["Source"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommasQuotesLineBreaksAndScriptsSurviveTheRoundTrip()
    {

        var nodes = Rfc4180.Records(await Exported.CsvAsync(tricky.Store, new(), CsvPart.Nodes)).ToDictionary(n => n["Id"]);
        var edges = Rfc4180.Records(await Exported.CsvAsync(tricky.Store, new(), CsvPart.Edges));

        Assert.Equal(TrickyStore.Name, nodes["territory:tricky"]["Label"]);
        Assert.Equal(TrickyStore.Description, nodes["territory:tricky"]["description"]);
        Assert.Equal(["千島列島 (ja)", "a, b"], nodes["territory:tricky"]["aliases"].Split('\n'));
        Assert.Equal("Says \"no\", twice", nodes["event:tricky"]["Label"]);
        Assert.Equal(TrickyStore.Quote, nodes["event:tricky"]["evidence"]);
        Assert.Equal("Notes, \"draft\" (https://example.org/a,b)", nodes["event:tricky"]["sources"]);
        var claim = Assert.Single(edges, e => e["relation"] == "CLAIMS");
        Assert.Equal(("195X", "the 1950s", "1950-01-01"), (claim["valid_from"], claim["valid_from_display"], claim["valid_from_earliest"]));
        Assert.Equal(TrickyStore.Quote, claim["evidence"]);
    }

    [Fact]
    public async Task TrickyTextStaysValidGraphMl()
    {
        var errors = new List<string>();

        var graph = GraphMlDocument.Load(await Exported.GraphMlAsync(tricky.Store, new()), errors);

        Assert.Empty(errors);
        var description = graph.Data(graph.Nodes.Single(n => (string)n.Attribute("id")! == "territory:tricky"))["description"];
        Assert.Equal(TrickyStore.Description.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u0007', '\uFFFD'), description);
    }
}
