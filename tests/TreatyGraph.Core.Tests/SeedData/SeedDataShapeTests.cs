using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Tests.SeedData;

public sealed class SeedDataShapeTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    [Fact]
    public void HoldsAtLeastTheAgreedNumberOfFacts()
    {
        Assert.InRange(seed.Batch.Entities.Count, 120, int.MaxValue);
        Assert.InRange(seed.Batch.Events.Count, 80, int.MaxValue);
        Assert.InRange(seed.Batch.Relations.Count, 150, int.MaxValue);
    }

    [Theory]
    [InlineData("country:japan")]
    [InlineData("country:russia")]
    [InlineData("country:soviet-union")]
    [InlineData("country:united-states")]
    [InlineData("person:shinzo-abe")]
    [InlineData("person:vladimir-putin")]
    [InlineData("territory:kuril-islands")]
    [InlineData("territory:southern-kuril-islands")]
    [InlineData("territory:iturup")]
    [InlineData("territory:kunashir")]
    [InlineData("territory:shikotan")]
    [InlineData("territory:habomai-islands")]
    [InlineData("territory:lesser-kuril-ridge")]
    [InlineData("organization:g20")]
    [InlineData("treaty:treaty-of-san-francisco")]
    [InlineData("treaty:soviet-japanese-joint-declaration-of-1956")]
    [InlineData("treaty:japan-us-security-treaty")]
    [InlineData("treaty:japan-russia-peace-treaty")]
    public void RequiredEntitiesExist(string id) => Assert.Contains(seed.Batch.Entities, e => e.Id == id);

    [Fact]
    public void EveryEventAndRelationIsSourced()
    {
        Assert.All(seed.Batch.Events, e => Assert.NotEmpty(e.Evidence));
        Assert.All(seed.Batch.Relations, r => Assert.NotEmpty(r.Evidence));
        Assert.All(
            seed.Batch.Events.SelectMany(e => e.Evidence).Concat(seed.Batch.Relations.SelectMany(r => r.Evidence)),
            e => Assert.True(e.ArticleId is not null || e.Reference is not null, $"evidence without a source: {e.Quote}"));
    }

    [Fact]
    public void EveryEntityIsDescribedAndWikidataIdsAreUniqueAndCited()
    {
        Assert.All(seed.Batch.Entities, e => Assert.False(string.IsNullOrWhiteSpace(e.Description), e.Id));
        var withWikidata = seed.Batch.Entities.Where(e => e.WikidataId is not null).ToList();
        Assert.Equal(withWikidata.Count, withWikidata.Select(e => e.WikidataId).Distinct().Count());
        Assert.All(withWikidata, e => Assert.Contains(e.References, r => r.Kind == SourceKind.Wikidata && r.Identifier == e.WikidataId));
    }

    [Fact]
    public void EveryReferencedEntityExists()
    {
        var ids = seed.Batch.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = seed.Batch.Events.SelectMany(e => e.InvolvedEntityIds())
            .Concat(seed.Batch.Relations.SelectMany(r => new[] { r.FromId, r.ToId }));

        Assert.All(referenced, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void EntitiesAreGroundedInTheGraph()
    {
        var used = seed.Batch.Events.SelectMany(e => e.InvolvedEntityIds())
            .Concat(seed.Batch.Relations.SelectMany(r => new[] { r.FromId, r.ToId }))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(seed.Batch.Entities.Where(e => !used.Contains(e.Id)).Select(e => e.Id));
    }

    [Fact]
    public void OnlyTheClientsSeedArticleIsCarried()
    {
        var article = Assert.Single(seed.Batch.Articles);

        Assert.Equal(new DateOnly(2018, 11, 22), article.Published);
        Assert.StartsWith("Peace treaty between Russia, Japan needed", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void RelationEndsHaveTheKindsTheirTypeExpects()
    {
        Assert.All(seed.Relations(RelationType.HoldsOffice), r => Assert.Equal(EntityKind.Person, EntityIds.KindOf(r.FromId)));
        Assert.All(seed.Relations(RelationType.HoldsOffice), r => Assert.False(string.IsNullOrWhiteSpace(r.Role), r.FromId));
        Assert.All(seed.Relations(RelationType.Signed), r => Assert.Equal((EntityKind.Person, EntityKind.Treaty), (EntityIds.KindOf(r.FromId), EntityIds.KindOf(r.ToId))));
        Assert.All(seed.Relations(RelationType.PartyTo), r => Assert.Equal(EntityKind.Treaty, EntityIds.KindOf(r.ToId)));
        Assert.All(seed.Relations(RelationType.Administers).Concat(seed.Relations(RelationType.Claims)), r => Assert.Equal(EntityKind.Territory, EntityIds.KindOf(r.ToId)));
        Assert.All(seed.Batch.Entities.Where(e => e.Kind == EntityKind.Treaty), e => Assert.NotNull(e.Treaty));
    }
}
