using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Tests.SeedData;

public sealed class SeedArticleTests(SeedGraph seed) : IClassFixture<SeedGraph>
{
    [Fact]
    public void TheArticleIsTheClientsDocumentVerbatim()
    {
        var article = Assert.Single(seed.Batch.Articles);
        var text = File.ReadAllText(Path.Combine(seed.Directory, "articles", "2018-11-22-tass-abe-peace-treaty.txt"));

        Assert.Equal(text, article.Text);
        Assert.Equal(ArticleIds.FromText(text), article.Id);
    }

    [Theory]
    [InlineData("event:2018-abe-tass-interview", EventKind.Statement, EventStatus.Occurred)]
    [InlineData("event:2018-abe-putin-meet-in-singapore", EventKind.Meeting, EventStatus.Occurred)]
    [InlineData("event:2018-singapore-agreement-on-1956-basis", EventKind.Agreement, EventStatus.Occurred)]
    [InlineData("event:2018-peskov-statement-on-singapore-talks", EventKind.Statement, EventStatus.Occurred)]
    [InlineData("event:2018-planned-abe-putin-meeting-at-g20-argentina", EventKind.Meeting, EventStatus.Planned)]
    [InlineData("event:2018-planned-g20-summit-in-argentina", EventKind.Summit, EventStatus.Planned)]
    [InlineData("event:2019-planned-abe-visit-to-russia", EventKind.Visit, EventStatus.Planned)]
    [InlineData("event:2019-planned-putin-visit-to-japan-for-g20", EventKind.Visit, EventStatus.Planned)]
    [InlineData("event:2019-planned-g20-summit-in-japan", EventKind.Summit, EventStatus.Planned)]
    [InlineData("event:1956-joint-declaration-signed", EventKind.Signing, EventStatus.Occurred)]
    [InlineData("event:1956-joint-declaration-pledge", EventKind.Agreement, EventStatus.Occurred)]
    [InlineData("event:1960-security-treaty-signed", EventKind.Signing, EventStatus.Occurred)]
    [InlineData("event:1960-soviet-memorandum-revokes-island-pledge", EventKind.Revocation, EventStatus.Occurred)]
    [InlineData("event:1946-soviet-incorporation-of-the-kurils", EventKind.Annexation, EventStatus.Occurred)]
    [InlineData("event:japan-russia-peace-treaty-negotiations", EventKind.Negotiation, EventStatus.Occurred)]
    public void TheArticlesFactsCarryEvidenceFromIt(string id, EventKind kind, EventStatus status)
    {
        var article = Assert.Single(seed.Batch.Articles);
        var e = seed.Event(id);

        Assert.Equal((kind, status), (e.Kind, e.Status));
        var fromArticle = e.Evidence.Where(x => x.ArticleId == article.Id).ToList();
        Assert.NotEmpty(fromArticle);
        Assert.All(fromArticle, evidence =>
        {
            Assert.Equal(evidence.Quote, article.Text[evidence.Start!.Value..evidence.End!.Value]);
            var sentence = article.Sentences[evidence.SentenceIndex!.Value];
            Assert.InRange(evidence.Start.Value, sentence.Start, sentence.End - 1);
        });
    }

    [Fact]
    public void TheSingaporeMeetingIsBetweenAbeAndPutin()
    {
        var meeting = seed.Event("event:2018-abe-putin-meet-in-singapore");

        Assert.Equal(["person:shinzo-abe", "person:vladimir-putin"], meeting.Participants.Select(p => p.EntityId).Order(StringComparer.Ordinal));
        Assert.Equal("country:singapore", meeting.PlaceId);
        Assert.Equal("14 November 2018", meeting.Date!.Display);
    }

    [Fact]
    public void ArticleFactsOnTheIslandsAreRelationsWithArticleEvidence()
    {
        var article = Assert.Single(seed.Batch.Articles);
        bool FromArticle(Relation r) => r.Evidence.Any(e => e.ArticleId == article.Id);

        Assert.True(FromArticle(Assert.Single(seed.Relations(RelationType.Claims, "country:japan", "territory:kunashir"))));
        Assert.True(FromArticle(Assert.Single(seed.Relations(RelationType.Administers, "country:soviet-union", "territory:kuril-islands"))));
        Assert.All(seed.Relations(RelationType.Concerns, "treaty:soviet-japanese-joint-declaration-of-1956").Where(r => r.ToId.StartsWith("territory:", StringComparison.Ordinal)), r => Assert.True(FromArticle(r)));
    }

    [Theory]
    [InlineData("event:2018-planned-abe-putin-meeting-at-g20-argentina", "November 2018", "later in November")]
    [InlineData("event:2019-planned-abe-visit-to-russia", "early 2019", "early next year")]
    [InlineData("event:2019-planned-putin-visit-to-japan-for-g20", "June 2019", "in June")]
    [InlineData("event:1945-soviet-occupation-of-the-kuril-islands", "18 August – September 1945", null)]
    [InlineData("event:1981-northern-territories-day-established", "1981", null)]
    public void DisplayedDatesKeepTheirPrecision(string id, string display, string? phrase)
    {
        var date = seed.Event(id).Date!;

        Assert.Equal(display, date.Display);
        Assert.Equal(phrase, date.Phrase);
    }
}
