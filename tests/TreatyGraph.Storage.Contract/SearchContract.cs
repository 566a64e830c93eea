using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Text;
using static TreatyGraph.Storage.Contract.Building.ContractGraph;

namespace TreatyGraph.Storage.Contract;

/// <summary>Name and alias search: every script, case and accents ignored, one ranking for every store.</summary>
public abstract class SearchContract<TFixture>(TFixture fixture) : SeededContract<TFixture>(fixture)
    where TFixture : StoreFixture
{
    [Theory]
    [InlineData("Etorofu")]
    [InlineData("итуруп")]
    [InlineData("Итуруп")]
    [InlineData("択捉島")]
    [InlineData("iturup")]
    [InlineData("ITURUP")]
    [InlineData("択捉")]
    public async Task FindsIturupByAnyOfItsNames(string text)
    {
        var hits = await Store.SearchAsync(new SearchQuery(text, []), Cancel);

        Assert.Equal(Iturup, hits[0].Entity.Id);
        Assert.Contains(NameFolding.Fold(text), NameFolding.Fold(hits[0].MatchedName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccentsAreIgnored()
    {
        var hits = await Store.SearchAsync(new SearchQuery("shinzō", []), Cancel);

        Assert.Equal(Abe, hits[0].Entity.Id);
    }

    [Theory]
    [InlineData("iturup")]
    [InlineData("ab")]
    [InlineData("kun")]
    [InlineData("islands")]
    [InlineData("in")]
    [InlineData("ov")]
    [InlineData("島")]
    [InlineData("ро")]
    [InlineData("leader")]
    public async Task RanksExactlyAsTheSharedRulesSay(string text)
    {
        var folded = NameFolding.Fold(text);
        var expected = NameSearch.Rank(folded, Candidates(Graph.Entities), 7);

        var hits = await Store.SearchAsync(new SearchQuery(text, [], 7), Cancel);

        Assert.Equal(
            expected.Select(e => (e.EntityId, e.MatchedName, e.Score)),
            hits.Select(h => (h.Entity.Id, h.MatchedName, h.Score)));
    }

    [Fact]
    public async Task WholeNamesRankAboveNamesThatOnlyStartWithTheQuery()
    {
        var hits = await Store.SearchAsync(new SearchQuery("Kunashir", []), Cancel);

        Assert.Equal(Kunashir, hits[0].Entity.Id);
        Assert.Equal("Kunashir", hits[0].MatchedName);
        Assert.Equal(5.0, hits[0].Score);
    }

    [Fact]
    public async Task ShortQueriesMatchOnlyAtTheStartOfAWord()
    {
        var hits = await Store.SearchAsync(new SearchQuery("ab", [], 50), Cancel);

        Assert.Contains(hits, h => h.Entity.Id == Abe);
        Assert.DoesNotContain(hits, h => h.Entity.Id == Habomai);
    }

    [Fact]
    public async Task KindsFilterTheHits()
    {
        var hits = await Store.SearchAsync(new SearchQuery("ru", [EntityKind.Country], 50), Cancel);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(EntityKind.Country, h.Entity.Kind));
        Assert.Contains(hits, h => h.Entity.Id == Russia);
    }

    [Fact]
    public async Task HitsCarryTheWholeEntity()
    {
        var hit = (await Store.SearchAsync(new SearchQuery("Etorofu", [], 1), Cancel)).Single();

        Assert.True(GraphUpsert.SameAs(Graph.Entities.Single(e => e.Id == Iturup), hit.Entity));
        Assert.Equal("Etorofu", hit.MatchedName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("!?")]
    public async Task QueriesWithNothingToSearchFindNothing(string text)
    {
        Assert.Empty(await Store.SearchAsync(new SearchQuery(text, []), Cancel));
    }

    [Fact]
    public async Task FirstLimitsTheHits()
    {
        var hits = await Store.SearchAsync(new SearchQuery("a", [], 3), Cancel);

        Assert.Equal(3, hits.Count);
    }

    private static IEnumerable<NameCandidate> Candidates(IEnumerable<Entity> entities) =>
        entities.SelectMany(e => e.Aliases
            .Select((a, i) => new NameCandidate(e.Id, e.Name, i + 1, a.Name, NameFolding.Fold(a.Name)))
            .Prepend(new NameCandidate(e.Id, e.Name, 0, e.Name, NameFolding.Fold(e.Name))));
}
