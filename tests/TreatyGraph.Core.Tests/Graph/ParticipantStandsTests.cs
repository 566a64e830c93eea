using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Graph;

public sealed class ParticipantStandsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AParticipantAlwaysStandsForItselfFirst()
    {
        var groups = await ParticipantStands.ExpandAsync(new FakeGraphStore(), ["country:japan", "country:japan", "person:nobody"], Cancel);

        Assert.Equal(["country:japan", "person:nobody"], groups.Select(g => g.ParticipantId));
        Assert.All(groups, g => Assert.Equal(Stand.Itself(g.ParticipantId), Assert.Single(g.Stands)));
    }

    [Fact]
    public async Task OfficeHoldersStandWithinTheWidestReadingOfTheirTerm()
    {
        var store = new FakeGraphStore()
            .Link("person:abe", "country:japan", RelationType.HoldsOffice, "2012-12", "2020-09")
            .Link("person:kishida", "country:japan", RelationType.HoldsOffice, "2021-10-04")
            .Link("organization:ldp", "country:japan", RelationType.HoldsOffice, "1955")
            .Link("person:abe", "organization:ldp", RelationType.MemberOf);

        var group = Assert.Single(await ParticipantStands.ExpandAsync(store, ["country:japan"], Cancel));

        Assert.Equal(
            [
                Stand.Itself("country:japan"),
                new Stand("person:abe", 20121201, 20200930, ParticipantStands.Office),
                new Stand("person:kishida", 20211004, FuzzyDate.OpenEndKey, ParticipantStands.Office),
            ],
            group.Stands);
    }

    [Fact]
    public async Task APredecessorStandsUntilTheSuccessionAndSoDoItsOfficeHoldersWithinIt()
    {
        var store = new FakeGraphStore()
            .Link("country:russia", "country:soviet-union", RelationType.SuccessorOf, "1991-12-26")
            .Link("country:soviet-union", "country:russian-empire", RelationType.SuccessorOf, "1922-12-30")
            .Link("person:gorbachev", "country:soviet-union", RelationType.HoldsOffice, "1985-03-11", "1991-12-25")
            .Link("person:ivashko", "country:soviet-union", RelationType.HoldsOffice, "1991-08", "1992")
            .Link("person:yeltsin", "country:russia", RelationType.HoldsOffice, "1991-07-10", "1999-12-31")
            .Link("person:late", "country:soviet-union", RelationType.HoldsOffice, "1993", "1995");

        var group = Assert.Single(await ParticipantStands.ExpandAsync(store, ["country:russia"], Cancel));

        Assert.Equal(
            [
                Stand.Itself("country:russia"),
                new Stand("country:russian-empire", FuzzyDate.OpenStartKey, 19221230, ParticipantStands.Succession),
                new Stand("country:soviet-union", FuzzyDate.OpenStartKey, 19911226, ParticipantStands.Succession),
                new Stand("person:gorbachev", 19850311, 19911225, "SUCCESSOR_OF/HOLDS_OFFICE"),
                new Stand("person:yeltsin", 19910710, 19991231, ParticipantStands.Office),
                new Stand("person:ivashko", 19910801, 19911226, "SUCCESSOR_OF/HOLDS_OFFICE"),
            ],
            group.Stands);
    }

    [Fact]
    public async Task ACycleOfSuccessionsEnds()
    {
        var store = new FakeGraphStore()
            .Link("country:a", "country:b", RelationType.SuccessorOf, "2000")
            .Link("country:b", "country:a", RelationType.SuccessorOf, "1900");

        var group = Assert.Single(await ParticipantStands.ExpandAsync(store, ["country:a"], Cancel));

        Assert.Equal(["country:a", "country:b"], group.Stands.Select(s => s.EntityId));
    }
}
