using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Tests.Support;

namespace TreatyGraph.Ingestion.Tests.Events;

public sealed class EventTests
{
    [Fact]
    public void HopedForMeetingIsPlannedAndDatedFromItsClause()
    {
        var read = Read.Article("Prime Minister Olli Rask said he hopes to meet with President Anna Berg in Oslo in September.", "2020-06-15");

        var meeting = Assert.Single(read.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal(EventStatus.Planned, meeting.Status);
        Assert.Equal("2020-09", meeting.Date?.Edtf);
        Assert.Equal("Oslo", meeting.Place?.Name);
    }

    [Fact]
    public void ReportedMeetingOccurred()
    {
        var read = Read.Article("President Anna Berg met Prime Minister Olli Rask in Oslo on Friday.", "2020-06-15");

        var meeting = Assert.Single(read.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal(EventStatus.Occurred, meeting.Status);
        Assert.Equal("2020-06-12", meeting.Date?.Edtf);
    }

    [Fact]
    public void NegatedSigningIsNoEvent()
    {
        var read = Read.Article("Norway and Iceland have never signed a fisheries treaty.");

        Assert.DoesNotContain(read.Events, e => e.Kind == EventKind.Signing);
    }

    [Fact]
    public void StatementsOfOneSpeakerOnOneDayAreOneEvent()
    {
        var read = Read.Article("President Anna Berg said the talks were useful. She also said more were needed, she added.", "2020-06-15");

        var statement = Assert.Single(read.Events, e => e.Kind == EventKind.Statement);
        Assert.Equal("2020-06-15", statement.Date?.Edtf);
        Assert.True(statement.Evidence.Count >= 2);
    }

    [Fact]
    public void QuotedWordsDoNotMakeEvents()
    {
        var read = Read.Article("\u201cWe must sign the treaty of friendship,\u201d President Anna Berg said.");

        Assert.DoesNotContain(read.Events, e => e.Kind == EventKind.Signing);
        Assert.Contains(read.Events, e => e.Kind == EventKind.Statement);
    }

    [Fact]
    public void AnnexationNamesTheTakerAndConcernsTheTerritory()
    {
        var read = Read.Article("After the end of World War II, the Kuril Islands were incorporated into the Soviet Union.");

        var annexation = Assert.Single(read.Events, e => e.Kind == EventKind.Annexation);
        Assert.Equal(["Soviet Union"], annexation.ParticipantEntities.Names());
        Assert.Equal(["Kuril Islands"], annexation.Concerns.Names());
        Assert.Equal("1945", annexation.Date?.Edtf);
    }

    [Fact]
    public void ATreatyThatWasSignedWithoutSignatoriesIsNotSignedByTheClausesSubject()
    {
        var read = Read.Article("Norway agreed to return the island once a peace treaty was signed.", "2020-06-15");

        Assert.DoesNotContain(read.Events, e => e.Kind == EventKind.Signing && e.Participants.Exists(p => p.Entity.Name == "Norway"));
    }

    [Fact]
    public void AParticipleOfSpeechIsAStatementOfTheClausesSubject()
    {
        var read = Read.Article("Foreign Minister Olli Rask was more cautious, saying the talks would take time.", "2020-06-15");

        var statement = Assert.Single(read.Events, e => e.Kind == EventKind.Statement);
        Assert.Equal("Olli Rask", Assert.Single(statement.Participants).Entity.Name);
    }

    [Fact]
    public void ASpeakerNamedAfterTheReportedContentIsTheSpeakerAndTheStatementOccurred()
    {
        var read = Read.Article("Closer ties between Norway and Finland will bring a new era of trade, Finnish Foreign Minister Olli Rask said in an interview with a newspaper.", "2020-06-15");

        var statement = Assert.Single(read.Events, e => e.Kind == EventKind.Statement);
        Assert.Equal("Olli Rask", Assert.Single(statement.Participants).Entity.Name);
        Assert.Equal(EventStatus.Occurred, statement.Status);
        Assert.Equal("2020-06-15", statement.Date?.Edtf);
    }

    [Fact]
    public void AStatementAboutAFuturePlanIsDatedByItsTellingNotByThePlan()
    {
        var read = Read.Article("President Anna Berg said she plans to visit Finland next year to hold talks with its leaders.", "2020-06-15");

        var statement = Assert.Single(read.Events, e => e.Kind == EventKind.Statement);
        Assert.Equal(EventStatus.Occurred, statement.Status);
        Assert.Equal("2020-06-15", statement.Date?.Edtf);
        var visit = Assert.Single(read.Events, e => e.Kind == EventKind.Visit);
        Assert.Equal(EventStatus.Planned, visit.Status);
        Assert.StartsWith("2021", visit.Date?.Edtf, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementStillToBeMadeIsPlanned()
    {
        var read = Read.Article("President Anna Berg will say on Monday that talks with Finland went well.", "2020-06-15");

        var statement = Assert.Single(read.Events, e => e.Kind == EventKind.Statement);
        Assert.Equal(EventStatus.Planned, statement.Status);
    }

    [Fact]
    public void ASigningInAnAfterClauseIsNotTheMainSubjectsSigning()
    {
        var read = Read.Article("In the agreement Norway promised to hand over Bear Island to Finland after the border treaty is finally signed.", "2020-06-15");

        Assert.DoesNotContain(read.Events, e => e.Kind == EventKind.Signing && e.Status == EventStatus.Occurred);
        Assert.DoesNotContain(read.Events, e => e.Kind == EventKind.Signing && e.ParticipantEntities.Names().Contains("Norway"));
    }

    [Fact]
    public void AGerundAfterClauseSharesTheMainSubject()
    {
        var read = Read.Article("Norway returned Bear Island to Finland after signing the Treaty of Oslo with Sweden.", "2020-06-15");

        var signing = Assert.Single(read.Events, e => e.Kind == EventKind.Signing);
        Assert.Contains("Norway", signing.ParticipantEntities.Names());
    }

    [Fact]
    public void APassiveSigningWithAnAdverbIsStillPassive()
    {
        var read = Read.Article("Norway and Finland held talks in Oslo on Monday, and the treaty of friendship was formally signed by Sweden.", "2020-06-15");

        var signing = Assert.Single(read.Events, e => e.Kind == EventKind.Signing);
        Assert.Equal(["Sweden"], signing.ParticipantEntities.Names());
    }
}
