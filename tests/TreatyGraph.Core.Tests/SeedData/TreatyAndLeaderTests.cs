using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Tests.SeedData;

public sealed class TreatyAndLeaderTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    private const string Declaration = "treaty:soviet-japanese-joint-declaration-of-1956";

    [Fact]
    public void TheJointDeclarationWasSignedOn19October1956AndInForceFrom12December1956()
    {
        var treaty = seed.Entity(Declaration).Treaty!;
        var signing = seed.Event("event:1956-joint-declaration-signed");

        Assert.Equal(TreatyStatus.InForce, treaty.Status);
        Assert.Equal("1956-10-19", treaty.Signed!.Edtf);
        Assert.Equal("1956-12-12", treaty.InForce!.Earliest);
        Assert.Null(treaty.InForce.Latest);
        Assert.Equal("19 October 1956", signing.Date!.Display);
        Assert.Contains(Declaration, signing.Concerns);
    }

    [Fact]
    public void TheDeclarationsPledgeConcernsShikotanAndTheHabomaiIslands()
    {
        var concerned = seed.Relations(RelationType.Concerns, Declaration).Select(r => r.ToId).ToList();

        Assert.Contains("territory:shikotan", concerned);
        Assert.Contains("territory:habomai-islands", concerned);
        Assert.DoesNotContain("territory:iturup", concerned);
    }

    [Fact]
    public void TheSovietRevocationFollowsTheSecurityTreaty()
    {
        var security = seed.Event("event:1960-security-treaty-signed");
        var revocation = seed.Event("event:1960-soviet-memorandum-revokes-island-pledge");

        Assert.Equal(EventKind.Revocation, revocation.Kind);
        Assert.Equal("27 January 1960", revocation.Date!.Display);
        Assert.True(security.Date!.LatestKey < revocation.Date.EarliestKey);
        Assert.Contains(Declaration, revocation.Concerns);
    }

    [Fact]
    public void ThePeaceTreatyIsUnsigned()
    {
        var treaty = seed.Entity("treaty:japan-russia-peace-treaty").Treaty!;

        Assert.Equal(TreatyStatus.Unsigned, treaty.Status);
        Assert.Null(treaty.Signed);
    }

    [Theory]
    [InlineData("person:shinzo-abe", "Prime Minister of Japan", 2)]
    [InlineData("person:vladimir-putin", "President of Russia", 2)]
    [InlineData("person:vladimir-putin", "Prime Minister of Russia", 2)]
    [InlineData("person:dmitry-medvedev", "President of Russia", 1)]
    [InlineData("person:ichiro-hatoyama", "Prime Minister of Japan", 1)]
    [InlineData("person:shigeru-yoshida", "Prime Minister of Japan", 2)]
    [InlineData("person:nobusuke-kishi", "Prime Minister of Japan", 1)]
    [InlineData("person:fumio-kishida", "Prime Minister of Japan", 1)]
    [InlineData("person:boris-yeltsin", "President of Russia", 1)]
    [InlineData("person:mikhail-gorbachev", "President of the Soviet Union", 1)]
    [InlineData("person:nikolai-bulganin", "Chairman of the Council of Ministers of the Soviet Union", 1)]
    [InlineData("person:nikita-khrushchev", "First Secretary of the Communist Party of the Soviet Union", 1)]
    public void LeadersHoldOfficeWithRoleAndTerm(string person, string role, int terms)
    {
        var offices = seed.Relations(RelationType.HoldsOffice, person).Where(r => r.Role == role).ToList();

        Assert.Equal(terms, offices.Count);
        Assert.All(offices, o => Assert.NotNull(o.ValidFrom));
    }

    [Fact]
    public void TermsOfOneOfficeDoNotOverlap()
    {
        var byOffice = seed.Relations(RelationType.HoldsOffice)
            .Where(r => r.Role!.StartsWith("Prime Minister", StringComparison.Ordinal) || r.Role.StartsWith("President", StringComparison.Ordinal))
            .GroupBy(r => (r.ToId, r.Role));

        Assert.All(byOffice, group =>
        {
            var terms = group.OrderBy(r => r.ValidFrom!.EarliestKey).ToList();
            for (var i = 1; i < terms.Count; i++)
            {
                Assert.True(terms[i - 1].ValidTo!.LatestKey <= terms[i].ValidFrom!.EarliestKey, $"{group.Key}: {terms[i - 1].FromId} and {terms[i].FromId}");
            }
        });
    }
}
