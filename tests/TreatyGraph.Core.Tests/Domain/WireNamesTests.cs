using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Tests.Domain;

public sealed class WireNamesTests
{
    [Fact]
    public void EveryRelationTypeRoundTripsThroughItsWireName()
    {
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var wire = WireNames.Of(type);

            Assert.Matches("^[A-Z]+(_[A-Z]+)*$", wire);
            Assert.Equal(type, WireNames.ParseRelationType(wire));
            Assert.Equal(type, WireNames.ParseRelationType(wire.ToLowerInvariant()));
        }
    }

    [Fact]
    public void RelationTypesAreUpperSnakeCase()
    {
        Assert.Equal("HOLDS_OFFICE", WireNames.Of(RelationType.HoldsOffice));
        Assert.Equal("SUCCESSOR_OF", WireNames.Of(RelationType.SuccessorOf));
        Assert.Equal(RelationType.PartyTo, WireNames.ParseRelationType(" party_to "));
    }

    [Fact]
    public void EveryOtherEnumRoundTripsThroughItsWireName()
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            Assert.Equal(kind, WireNames.ParseEntityKind(WireNames.Of(kind)));
            Assert.Equal(kind, WireNames.KindFromPrefix(WireNames.Prefix(kind)));
        }

        foreach (var kind in Enum.GetValues<EventKind>())
        {
            Assert.Equal(kind, WireNames.ParseEventKind(WireNames.Of(kind)));
        }

        foreach (var status in Enum.GetValues<EventStatus>())
        {
            Assert.Equal(status, WireNames.ParseEventStatus(WireNames.Of(status)));
        }

        foreach (var role in Enum.GetValues<ParticipantRole>())
        {
            Assert.Equal(role, WireNames.ParseParticipantRole(WireNames.Of(role)));
        }
    }

    [Fact]
    public void WritesTheDocumentedCase()
    {
        Assert.Equal("Meeting", WireNames.Of(EventKind.Meeting));
        Assert.Equal("WarEnd", WireNames.Of(EventKind.WarEnd));
        Assert.Equal("Territory", WireNames.Of(EntityKind.Territory));
        Assert.Equal("occurred", WireNames.Of(EventStatus.Occurred));
        Assert.Equal("planned", WireNames.Of(EventStatus.Planned));
        Assert.Equal("signatory", WireNames.Of(ParticipantRole.Signatory));
        Assert.Equal("organization", WireNames.Prefix(EntityKind.Organization));
    }

    [Theory]
    [InlineData("meeting", EventKind.Meeting)]
    [InlineData("MEETING", EventKind.Meeting)]
    [InlineData(" Summit ", EventKind.Summit)]
    [InlineData("warend", EventKind.WarEnd)]
    public void ParsesInAnyCase(string text, EventKind kind)
    {
        Assert.Equal(kind, WireNames.ParseEventKind(text));
    }

    [Theory]
    [InlineData("Meeting,Summit")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("")]
    [InlineData("War End")]
    [InlineData("Conference")]
    public void RejectsWhatIsNotAWireName(string text)
    {
        var ex = Assert.Throws<FormatException>(() => WireNames.ParseEventKind(text));

        Assert.Equal(
            $"Unknown event kind '{text}'; expected one of Meeting, Summit, Visit, Signing, Ratification, Statement, Agreement, Revocation, Protest, Negotiation, WarEnd, Annexation.",
            ex.Message);
    }

    [Fact]
    public void ErrorsListTheWireNamesToUse()
    {
        var status = Assert.Throws<FormatException>(() => WireNames.ParseEventStatus("done"));
        var role = Assert.Throws<FormatException>(() => WireNames.ParseParticipantRole("guest"));
        var relation = Assert.Throws<FormatException>(() => WireNames.ParseRelationType("HoldsOffice"));
        var kind = Assert.Throws<FormatException>(() => WireNames.ParseEntityKind("Island"));

        Assert.Equal("Unknown event status 'done'; expected one of occurred, planned.", status.Message);
        Assert.Contains("expected one of participant, speaker, host, visitor, signatory, organizer.", role.Message, StringComparison.Ordinal);
        Assert.Contains("'HoldsOffice'; expected one of PARTY_TO, SIGNED, HOLDS_OFFICE,", relation.Message, StringComparison.Ordinal);
        Assert.Contains("expected one of Country, Person, Treaty, Territory, Organization, Place.", kind.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Country")]
    [InlineData("COUNTRY")]
    [InlineData("countries")]
    [InlineData("1")]
    [InlineData("")]
    public void KindFromPrefixTakesOnlyLowerCasePrefixes(string prefix)
    {
        Assert.Null(WireNames.KindFromPrefix(prefix));
    }

    [Fact]
    public void RejectsUndefinedValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Of((RelationType)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Of((EventStatus)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Of((EventKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Prefix((EntityKind)99));
    }

    [Fact]
    public void RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => WireNames.ParseEventKind(null!));
        Assert.Throws<ArgumentNullException>(() => WireNames.ParseRelationType(null!));
    }
}
