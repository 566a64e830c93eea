using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using static TreatyGraph.Storage.Contract.Building.ContractGraph;

namespace TreatyGraph.Storage.Contract;

/// <summary>Scans in id order (resumable), article lists, lookups by id and counts.</summary>
public abstract class ScansContract<TFixture>(TFixture fixture) : SeededContract<TFixture>(fixture)
    where TFixture : StoreFixture
{
    [Fact]
    public async Task ScansReturnEverythingInIdOrder()
    {
        Assert.Equal(Sorted(Graph.Entities.Select(e => e.Id)), await Ids(Store.ScanEntitiesAsync(null, Cancel), e => e.Id));
        Assert.Equal(Sorted(Graph.Events.Select(e => e.Id)), await Ids(Store.ScanEventsAsync(null, Cancel), e => e.Id));
        Assert.Equal(Sorted(Graph.Relations.Select(r => r.Id)), await Ids(Store.ScanRelationsAsync(null, Cancel), r => r.Id));
        Assert.Equal(Sorted(Graph.Articles.Select(a => a.Id)), await Ids(Store.ScanArticlesAsync(null, Cancel), a => a.Id));
    }

    [Fact]
    public async Task AScanResumesAfterTheGivenId()
    {
        var all = Sorted(Graph.Entities.Select(e => e.Id));
        var resumeAfter = all[all.Count / 2];

        var rest = await Ids(Store.ScanEntitiesAsync(resumeAfter, Cancel), e => e.Id);

        Assert.Equal(all.Skip((all.Count / 2) + 1), rest);
    }

    [Fact]
    public async Task ScannedItemsAreWhole()
    {
        var entities = new List<Entity>();
        await foreach (var e in Store.ScanEntitiesAsync(null, Cancel))
        {
            entities.Add(e);
        }

        var expected = Graph.Entities.ToDictionary(e => e.Id);
        Assert.All(entities, e => Assert.True(GraphUpsert.SameAs(expected[e.Id], e), e.Id));
    }

    [Fact]
    public async Task StatsCountWhatTheGraphHolds()
    {
        var stats = await Store.GetStatsAsync(Cancel);

        var evidence = Graph.Events.Sum(e => e.Evidence.Count) + Graph.Relations.Sum(r => r.Evidence.Count);
        Assert.Equal(new GraphStats(Graph.Entities.Count, Graph.Events.Count, Graph.Relations.Count, Graph.Articles.Count, evidence), stats);
    }

    [Fact]
    public async Task ArticlesAreListedNewestFirstWithUndatedOnesLast()
    {
        var first = await Store.ListArticlesAsync(new PageRequest(2), Cancel);
        var second = await Store.ListArticlesAsync(new PageRequest(2, first.EndCursor), Cancel);

        Assert.Equal([HistoryReport.Id, SingaporeReport.Id], first.Edges.Select(e => e.Node.Id));
        Assert.Equal([UndatedNote.Id], second.Edges.Select(e => e.Node.Id));
        Assert.True(first.HasNextPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(3, first.TotalCount);
        Assert.Equal(IdCursor.Encode(HistoryReport.Id), first.Edges[0].Cursor);
    }

    [Fact]
    public async Task LookupsReturnOnlyKnownIds()
    {
        var entities = await Store.GetEntitiesAsync([Japan, "country:atlantis"], Cancel);
        var articles = await Store.GetArticlesAsync([SingaporeReport.Id, "article:0000"], Cancel);

        Assert.Equal([Japan], entities.Keys);
        Assert.Equal([SingaporeReport.Id], articles.Keys);
        Assert.Equal(SingaporeReport.Text, articles[SingaporeReport.Id].Text);
    }

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static async Task<List<string>> Ids<T>(IAsyncEnumerable<T> items, Func<T, string> id)
    {
        var ids = new List<string>();
        await foreach (var item in items)
        {
            ids.Add(id(item));
        }

        return ids;
    }
}
