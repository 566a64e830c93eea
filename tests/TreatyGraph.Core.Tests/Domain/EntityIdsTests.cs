using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Tests.Domain;

public sealed class EntityIdsTests
{
    [Theory]
    [InlineData("Soviet–Japanese Joint Declaration", "soviet-japanese-joint-declaration")]
    [InlineData("Shinzō Abe", "shinzo-abe")]
    [InlineData("People's Republic of China", "peoples-republic-of-china")]
    [InlineData("People’s Republic of China", "peoples-republic-of-china")]
    [InlineData("Japan–U.S. Security Treaty (1960)", "japan-u-s-security-treaty-1960")]
    [InlineData("  Habomai   Islands  ", "habomai-islands")]
    [InlineData("Lech Wałęsa", "lech-walesa")]
    [InlineData("Ｉｔｕｒｕｐ", "iturup")]
    [InlineData("G20", "g20")]
    [InlineData("Iturup (択捉島)", "iturup")]
    public void SlugIsLowerCaseAsciiJoinedBySingleHyphens(string name, string slug)
    {
        Assert.Equal(slug, EntityIds.Slug(name));
    }

    [Theory]
    [InlineData(EntityKind.Person, "Shinzō Abe", "person:shinzo-abe")]
    [InlineData(EntityKind.Country, "Soviet Union", "country:soviet-union")]
    [InlineData(EntityKind.Country, "United States", "country:united-states")]
    [InlineData(EntityKind.Territory, "Habomai Islands", "territory:habomai-islands")]
    [InlineData(EntityKind.Treaty, "Soviet–Japanese Joint Declaration", "treaty:soviet-japanese-joint-declaration")]
    [InlineData(EntityKind.Organization, "United Nations", "organization:united-nations")]
    [InlineData(EntityKind.Place, "Moscow", "place:moscow")]
    public void ForPrefixesTheSlugWithTheKind(EntityKind kind, string name, string id)
    {
        Assert.Equal(id, EntityIds.For(kind, name));
        Assert.True(EntityIds.IsWellFormed(id));
        Assert.Equal(kind, EntityIds.KindOf(id));
    }

    [Theory]
    [InlineData("Итуруп")]
    [InlineData("択捉島")]
    [InlineData("–")]
    [InlineData("")]
    public void ForRejectsANameWithNothingToMakeAnIdFrom(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => EntityIds.For(EntityKind.Territory, name));

        Assert.Contains("English name", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("person:shinzo-abe", true)]
    [InlineData("country:g20", true)]
    [InlineData("treaty:1956-joint-declaration", true)]
    [InlineData("person:", false)]
    [InlineData(":shinzo-abe", false)]
    [InlineData("shinzo-abe", false)]
    [InlineData("Person:shinzo-abe", false)]
    [InlineData("human:shinzo-abe", false)]
    [InlineData("person:Shinzo-Abe", false)]
    [InlineData("person:shinzo abe", false)]
    [InlineData("person:shinzō-abe", false)]
    [InlineData("person:shinzo_abe", false)]
    [InlineData("person:-shinzo", false)]
    [InlineData("person:shinzo-", false)]
    [InlineData("person:shinzo--abe", false)]
    [InlineData("person:shinzo:abe", false)]
    [InlineData("1:shinzo-abe", false)]
    [InlineData("", false)]
    public void IsWellFormedOnlyForAKnownKindAndASlugAsSlugMakesIt(string id, bool wellFormed)
    {
        Assert.Equal(wellFormed, EntityIds.IsWellFormed(id));
    }

    [Theory]
    [InlineData("country:japan", EntityKind.Country)]
    [InlineData("person:x", EntityKind.Person)]
    [InlineData("treaty:x", EntityKind.Treaty)]
    [InlineData("territory:x", EntityKind.Territory)]
    [InlineData("organization:x", EntityKind.Organization)]
    [InlineData("place:x", EntityKind.Place)]
    [InlineData("place:", EntityKind.Place)]
    public void KindOfReadsThePrefix(string id, EntityKind kind)
    {
        Assert.Equal(kind, EntityIds.KindOf(id));
    }

    [Theory]
    [InlineData("japan")]
    [InlineData(":japan")]
    [InlineData("Country:japan")]
    [InlineData("nation:japan")]
    [InlineData("0:japan")]
    [InlineData("country,person:japan")]
    public void KindOfIsNullWithoutAKnownPrefix(string id)
    {
        Assert.Null(EntityIds.KindOf(id));
    }

    [Fact]
    public void SlugsAreAlreadyWellFormed()
    {
        foreach (var name in new[] { "Shinzō Abe", "Soviet–Japanese Joint Declaration", "--Kuril--Islands--", "Ａｂｅ" })
        {
            Assert.True(EntityIds.IsWellFormed("person:" + EntityIds.Slug(name)), name);
            Assert.Equal(EntityIds.Slug(name), EntityIds.Slug(EntityIds.Slug(name)));
        }
    }
}
