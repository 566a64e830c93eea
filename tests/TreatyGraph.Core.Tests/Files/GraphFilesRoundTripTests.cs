using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Text;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Tests.Files;

public sealed class GraphFilesRoundTripTests
{
    [Fact]
    public async Task WrittenBatchReadsBackUnchanged()
    {
        var batch = SampleBatch();
        using var folder = new GraphFolder();

        await GraphFiles.WriteAsync(folder.Path, batch, TestContext.Current.CancellationToken);
        var read = await GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken);

        Assert.Equivalent(batch, read, strict: true);
        Assert.Equal(batch.Relations.Select(r => r.Id), read.Relations.Select(r => r.Id));
        Assert.Equal("later in November", read.Events[0].Date!.Phrase);
    }

    [Fact]
    public async Task WrittenFilesKeepNonLatinNamesReadable()
    {
        using var folder = new GraphFolder();

        await GraphFiles.WriteAsync(folder.Path, SampleBatch(), TestContext.Current.CancellationToken);

        var entities = folder.Read("entities.jsonl");
        Assert.Contains("\"択捉島\"", entities, StringComparison.Ordinal);
        Assert.Contains("\"Итуруп\"", entities, StringComparison.Ordinal);
        Assert.Contains("articles/2018-11-22-abe-interview.txt", folder.Read("articles.jsonl"), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", folder.Read("events.jsonl"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceCitingAnArticleNotYetWrittenIsRefused()
    {
        using var folder = new GraphFolder();
        await using var writer = GraphFileWriter.Create(folder.Path);
        var e = SampleBatch().Events[0];

        var ex = await Assert.ThrowsAsync<GraphFileException>(() => writer.WriteEventAsync(e, TestContext.Current.CancellationToken));

        Assert.StartsWith("events.jsonl:1: evidence cites article:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceWhoseOffsetsMissTheQuoteIsRefused()
    {
        var batch = SampleBatch();
        var wrong = batch.Events[0] with { Evidence = [batch.Events[0].Evidence[0] with { Start = 5, End = 18 }] };
        using var folder = new GraphFolder();
        await using var writer = GraphFileWriter.Create(folder.Path);
        await writer.WriteArticleAsync(batch.Articles[0], TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<GraphFileException>(() => writer.WriteEventAsync(wrong, TestContext.Current.CancellationToken));

        Assert.Contains("the quote is not at offset 5", ex.Message, StringComparison.Ordinal);
    }

    private static GraphBatch SampleBatch()
    {
        const string text = "Abe met Putin. Abe met Putin again in Singapore.\n\nThe two agreed to speed up talks.";
        var article = new Article(ArticleIds.FromText(text), "Abe interview", text)
        {
            Publisher = "TASS",
            Url = "https://example.org/abe",
            Published = new DateOnly(2018, 11, 22),
            Language = "en",
            IngestedAt = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(1)),
            Sentences = SentenceSegmenter.Split(text),
        };
        var second = text.LastIndexOf("Abe met Putin", StringComparison.Ordinal);
        var articleEvidence = new Evidence("Abe met Putin")
        {
            ArticleId = article.Id,
            SentenceIndex = 1,
            Start = second,
            End = second + "Abe met Putin".Length,
        };
        var reference = new Evidence("Signed at Moscow on 19 October 1956.")
        {
            Reference = new SourceReference(SourceKind.TreatySeries, "United Nations Treaty Series") { Identifier = "UNTS 263", Url = "https://treaties.un.org/" },
        };

        return new GraphBatch
        {
            Articles = [article],
            Entities =
            [
                new Entity("territory:iturup", EntityKind.Territory, "Iturup")
                {
                    Aliases = [new Alias("択捉島", "ja"), new Alias("Итуруп", "ru"), new Alias("Etorofu")],
                    WikidataId = "Q123",
                    Description = "Largest of the southern Kuril Islands.",
                    References = [reference.Reference!],
                },
                new Entity("treaty:soviet-japanese-joint-declaration", EntityKind.Treaty, "Soviet–Japanese Joint Declaration")
                {
                    Treaty = new TreatyDetails(TreatyStatus.InForce)
                    {
                        Signed = FuzzyDate.Parse("1956-10-19"),
                        InForce = FuzzyDate.Parse("1956-12-12/..") with { Phrase = "since December 1956" },
                    },
                },
                new Entity("person:shinzo-abe", EntityKind.Person, "Shinzo Abe"),
                new Entity("country:japan", EntityKind.Country, "Japan"),
            ],
            Events =
            [
                new Event("event:abe-putin-singapore", EventKind.Meeting, EventStatus.Occurred, "Abe and Putin meet", FuzzyDate.Parse("2018-11") with { Phrase = "later in November" })
                {
                    Participants = [new Participant("person:shinzo-abe", ParticipantRole.Visitor), new Participant("country:japan")],
                    PlaceId = "country:japan",
                    Concerns = ["territory:iturup"],
                    Evidence = [articleEvidence, reference],
                },
                new Event("event:undated", EventKind.Statement, EventStatus.Planned, "A statement", null),
            ],
            Relations =
            [
                new Relation(RelationType.HoldsOffice, "person:shinzo-abe", "country:japan")
                {
                    Role = "Prime Minister",
                    ValidFrom = FuzzyDate.Parse("2012-12-26"),
                    ValidTo = FuzzyDate.Parse("2020-09-16"),
                    Evidence = [reference],
                },
                new Relation(RelationType.Claims, "country:japan", "territory:iturup") { ValidFrom = FuzzyDate.Parse("1945-08") with { Phrase = "after the war" } },
            ],
        };
    }
}
