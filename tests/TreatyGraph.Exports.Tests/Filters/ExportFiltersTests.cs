using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Tests.Fixtures;

namespace TreatyGraph.Exports.Tests.Filters;

public sealed class ExportFiltersTests(SeedStore seed)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ParticipantsMayBeRepeatedOrCommaSeparated()
    {
        var outcome = await ExportFilters.TimelineAsync(
            seed.Store, new ExportFilterInput { Participants = ["country:japan, country:russia", "person:shinzo-abe"], Match = "all" }, Cancel);

        Assert.True(outcome.IsValid);
        Assert.Equal(["country:japan", "country:russia", "person:shinzo-abe"], outcome.Selection!.Participants.Select(p => p.Id));
        Assert.Equal(ParticipantMatch.All, outcome.Selection.Match);
    }

    [Fact]
    public async Task KindsTakeWireNamesAndGraphQLNamesInAnyCase()
    {
        var outcome = await ExportFilters.TimelineAsync(seed.Store, new ExportFilterInput { Kinds = ["WAR_END,signing", "Meeting"] }, Cancel);

        Assert.Equal([EventKind.WarEnd, EventKind.Signing, EventKind.Meeting], outcome.Selection!.Kinds);
    }

    [Theory]
    [InlineData("participants", "country:atlantis", "no entity 'country:atlantis'")]
    [InlineData("participants", "japan", "not an entity id")]
    [InlineData("from", "1956-13", "not an EDTF date")]
    [InlineData("to", "yesterday", "not an EDTF date")]
    [InlineData("kinds", "Party", "not an event kind")]
    [InlineData("status", "cancelled", "neither occurred nor planned")]
    [InlineData("match", "SOME", "neither ANY nor ALL")]
    [InlineData("asOf", "1956", "not a filter of timelines")]
    public async Task EachBadTimelineFilterIsNamedWithItsReason(string parameter, string value, string reason)
    {
        var input = parameter switch
        {
            "participants" => new ExportFilterInput { Participants = [value] },
            "from" => new ExportFilterInput { From = value },
            "to" => new ExportFilterInput { To = value },
            "kinds" => new ExportFilterInput { Kinds = [value] },
            "status" => new ExportFilterInput { Status = value },
            "match" => new ExportFilterInput { Match = value },
            _ => new ExportFilterInput { AsOf = value },
        };

        var outcome = await ExportFilters.TimelineAsync(seed.Store, input, Cancel);

        Assert.False(outcome.IsValid);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryProblemIsReportedAtOnce()
    {
        var outcome = await ExportFilters.TimelineAsync(
            seed.Store, new ExportFilterInput { Participants = ["country:japan,country:atlantis"], From = "2020", To = "1990", Status = "x" }, Cancel);

        Assert.Equal(["participants", "from", "status"], outcome.Errors.Select(e => e.Parameter));
    }

    [Fact]
    public async Task GraphExportsRefuseTimelineFiltersAndCheckAsOf()
    {
        var outcome = await ExportFilters.GraphAsync(seed.Store, new ExportFilterInput { Kinds = ["Meeting"], AsOf = "1956-02-30" }, Cancel);

        Assert.Equal(["kinds", "asOf"], outcome.Errors.Select(e => e.Parameter));
    }

    [Fact]
    public async Task TooManyParticipantsAreRefused()
    {
        var ids = Enumerable.Range(0, ExportParameters.MaxParticipants + 1).Select(i => $"country:c{i}").ToList();

        var outcome = await ExportFilters.GraphAsync(seed.Store, new ExportFilterInput { Participants = ids }, Cancel);

        Assert.Contains("at most", Assert.Single(outcome.Errors).Reason, StringComparison.Ordinal);
    }
}
