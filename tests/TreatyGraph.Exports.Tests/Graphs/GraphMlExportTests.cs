using TreatyGraph.Core.Domain;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Tests.Fixtures;

namespace TreatyGraph.Exports.Tests.Graphs;

public sealed class GraphMlExportTests(SeedStore seed)
{
    [Fact]
    public async Task SeedGraphExportIsSchemaValidGraphMl()
    {
        var errors = new List<string>();

        var graph = GraphMlDocument.Load(await Exported.GraphMlAsync(seed.Store, new()), errors);

        Assert.Empty(errors);
        Assert.NotEmpty(graph.Nodes);
    }

    [Fact]
    public async Task EveryDataElementUsesAKeyDeclaredForItsElement()
    {
        var graph = GraphMlDocument.Load(await Exported.GraphMlAsync(seed.Store, new()), []);
        var keys = graph.Keys.ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);

        Assert.All(graph.Keys, k =>
        {
            Assert.False(string.IsNullOrEmpty((string?)k.Attribute("attr.name")));
            Assert.Equal("string", (string?)k.Attribute("attr.type"));
        });
        Assert.All(graph.Nodes.Concat(graph.Edges).SelectMany(e => e.Elements(GraphMlDocument.G + "data")), data =>
            Assert.Equal(data.Parent!.Name.LocalName, keys[(string)data.Attribute("key")!]));
    }

    [Fact]
    public async Task WholeGraphHasANodePerEntityAndEventAndAnEdgePerRelationAndInvolvement()
    {
        var graph = GraphMlDocument.Load(await Exported.GraphMlAsync(seed.Store, new()), []);
        var batch = seed.Batch;

        Assert.Equal(
            batch.Entities.Select(e => e.Id).Concat(batch.Events.Select(e => e.Id)).Order(StringComparer.Ordinal),
            graph.Nodes.Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal));
        var relationEdges = graph.Edges.Where(e => ((string)e.Attribute("id")!).StartsWith("rel:", StringComparison.Ordinal)).ToList();
        Assert.Equal(batch.Relations.Select(r => r.Id).Order(StringComparer.Ordinal), relationEdges.Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal));
        var involvements = batch.Events.Sum(e => e.Participants.Select(p => (p.EntityId, p.Role)).Distinct().Count() + (e.PlaceId is null ? 0 : 1) + e.Concerns.Distinct().Count());
        Assert.Equal(involvements, graph.Edges.Count() - relationEdges.Count);
    }

    [Fact]
    public async Task NodesCarryKindsDatesAndEvidence()
    {
        var graph = GraphMlDocument.Load(await Exported.GraphMlAsync(seed.Store, new()), []);

        var iturup = graph.Data(graph.Nodes.Single(n => (string)n.Attribute("id")! == "territory:iturup"));
        Assert.Equal("Territory", iturup["kind"]);
        Assert.Contains("択捉島 (ja)", iturup["aliases"].Split('\n'));
        var signing = graph.Data(graph.Nodes.Single(n => (string)n.Attribute("id")! == "event:1956-joint-declaration-signed"));
        Assert.Equal(("Signing", "1956-10-19", "19 October 1956", "occurred"), (signing["kind"], signing["date"], signing["date_display"], signing["status"]));
        Assert.Contains("In 1956, the Soviet Union and Japan signed a joint declaration on ceasing the state of war.", signing["evidence"].Split('\n'));
        var relation = seed.Batch.Relations.First(r => r.Type == RelationType.Administers && r.ValidTo is not null && r.Evidence.Count > 0);
        var edge = graph.Data(graph.Edges.Single(e => (string)e.Attribute("id")! == relation.Id));
        Assert.Equal(("ADMINISTERS", relation.ValidFrom!.Edtf, relation.ValidTo!.Display), (edge["relation"], edge["valid_from"], edge["valid_to_display"]));
        Assert.Equal(relation.Evidence.Select(e => e.Quote), edge["evidence"].Split('\n'));
    }

    [Fact]
    public async Task ParticipantsSelectionHasTheirRelationsEventsAndNeighboursOnly()
    {
        var errors = new List<string>();
        var graph = GraphMlDocument.Load(await Exported.GraphMlAsync(seed.Store, new ExportFilterInput { Participants = ["territory:habomai-islands"] }), errors);

        Assert.Empty(errors);
        var nodes = graph.Nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        var expectedRelations = seed.Batch.Relations.Where(r => r.FromId == "territory:habomai-islands" || r.ToId == "territory:habomai-islands").ToList();
        var expectedEvents = seed.Batch.Events.Where(e => e.InvolvedEntityIds().Contains("territory:habomai-islands")).ToList();
        Assert.Subset(nodes, expectedEvents.Select(e => e.Id).Concat(expectedRelations.Select(r => r.FromId)).ToHashSet());
        Assert.Equal(expectedEvents.Count, nodes.Count(n => n.StartsWith("event:", StringComparison.Ordinal)));
        Assert.Equal(expectedRelations.Count, graph.Edges.Count(e => ((string)e.Attribute("id")!).StartsWith("rel:", StringComparison.Ordinal)));
        Assert.DoesNotContain("person:theodore-roosevelt", nodes);
    }

    [Fact]
    public async Task AsOfKeepsOnlyFactsThatHeldByThen()
    {
        var graph = GraphMlDocument.Load(await Exported.GraphMlAsync(seed.Store, new ExportFilterInput { AsOf = "1950" }), []);

        var events = graph.Nodes.Where(n => ((string)n.Attribute("id")!).StartsWith("event:", StringComparison.Ordinal)).Select(graph.Data).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(string.CompareOrdinal(e["date_earliest"], "1950-12-31") <= 0, e["date"]));
        var relations = graph.Edges.Where(e => ((string)e.Attribute("id")!).StartsWith("rel:", StringComparison.Ordinal)).Select(graph.Data).ToList();
        Assert.InRange(relations.Count, 1, seed.Batch.Relations.Count - 1);
        Assert.All(relations, r => Assert.True(!r.TryGetValue("valid_from_earliest", out var from) || string.CompareOrdinal(from, "1950-12-31") <= 0));
    }
}
