using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Domain;

public sealed class RelationIdsTests
{
    private static readonly FuzzyDate Term = FuzzyDate.Parse("2012-12-26");

    [Fact]
    public void TheSameFactHasTheSameId()
    {
        var a = RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", "prime minister", Term);
        var b = RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", "prime minister", FuzzyDate.Parse("2012-12-26"));

        Assert.Equal(a, b);
        Assert.Matches("^rel:[0-9a-f]{16}$", a);
    }

    [Theory]
    [InlineData("Prime Minister")]
    [InlineData("PRIME MINISTER")]
    [InlineData("  prime minister ")]
    [InlineData("prime  minister")]
    [InlineData("prime\tminister")]
    public void TheRoleCountsWithoutItsCaseOrSpacing(string role)
    {
        Assert.Equal(
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", "prime minister", Term),
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", role, Term));
    }

    [Fact]
    public void NoRoleAndABlankRoleAreTheSame()
    {
        Assert.Equal(
            RelationIds.For(RelationType.Claims, "country:japan", "territory:iturup", null, null),
            RelationIds.For(RelationType.Claims, "country:japan", "territory:iturup", "  ", null));
    }

    [Fact]
    public void EachPartOfTheFactChangesTheId()
    {
        var ids = new[]
        {
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", "prime minister", Term),
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", "prime minister", FuzzyDate.Parse("2006-09-26")),
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", "prime minister", null),
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", "chief cabinet secretary", Term),
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan", null, Term),
            RelationIds.For(RelationType.HoldsOffice, "person:yoshihide-suga", "country:japan", "prime minister", Term),
            RelationIds.For(RelationType.HoldsOffice, "person:shinzo-abe", "country:russia", "prime minister", Term),
            RelationIds.For(RelationType.MemberOf, "person:shinzo-abe", "country:japan", "prime minister", Term),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void FieldsCannotRunIntoEachOther()
    {
        // "a" + "bc" and "ab" + "c" must not hash alike.
        Assert.NotEqual(
            RelationIds.For(RelationType.PartOf, "place:a", "place:bc", null, null),
            RelationIds.For(RelationType.PartOf, "place:ab", "place:c", null, null));
    }

    [Fact]
    public void ARelationUsesTheSameId()
    {
        var relation = new Relation(RelationType.Administers, "country:soviet-union", "territory:kunashir")
        {
            ValidFrom = FuzzyDate.Parse("1945-09"),
            ValidTo = FuzzyDate.Parse("1991-12-26"),
        };

        Assert.Equal(
            RelationIds.For(RelationType.Administers, "country:soviet-union", "territory:kunashir", null, FuzzyDate.Parse("1945-09")),
            relation.Id);
        Assert.Equal(relation.Id, (relation with { ValidTo = null }).Id);
    }
}
