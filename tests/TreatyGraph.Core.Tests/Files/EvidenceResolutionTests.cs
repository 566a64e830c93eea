using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files;

namespace TreatyGraph.Core.Tests.Files;

public sealed class EvidenceResolutionTests
{
    private const string Event =
        """{"id":"event:e","kind":"Meeting","status":"occurred","title":"Abe and Putin meet","evidence":[EVIDENCE]}""";

    [Theory]
    [InlineData("Putin met Abe in Singapore", 2)]
    [InlineData("He hopes to meet Putin", 1)]
    [InlineData("Abe spoke", 0)]
    [InlineData("They met in Singapore once", 5)]
    [InlineData("TASS on Thursday. He hopes", 0)]
    public async Task ArticleEvidenceResolvesToOffsetsAndTheSentenceOfItsStart(string quote, int sentence)
    {
        using var folder = GraphFolder.WithBasics().Write("events.jsonl", Event.Replace("EVIDENCE", $$"""{"article":"a1","quote":"{{quote}}"}"""));

        var batch = await GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken);

        var article = Assert.Single(batch.Articles);
        var evidence = Assert.Single(Assert.Single(batch.Events).Evidence);
        Assert.Equal(ArticleIds.FromText(GraphFolder.ArticleText), evidence.ArticleId);
        Assert.Equal(article.Id, evidence.ArticleId);
        Assert.Equal(quote, article.Text[evidence.Start!.Value..evidence.End!.Value]);
        Assert.Equal(sentence, evidence.SentenceIndex);
        var span = article.Sentences[sentence];
        Assert.InRange(evidence.Start.Value, span.Start, span.End - 1);
    }

    [Fact]
    public async Task AnExplicitStartPicksALaterOccurrence()
    {
        var second = GraphFolder.ArticleText.LastIndexOf("They met in Singapore", StringComparison.Ordinal);
        using var folder = GraphFolder.WithBasics().Write(
            "events.jsonl", Event.Replace("EVIDENCE", $$"""{"article":"a1","quote":"They met in Singapore","start":{{second}}}"""));

        var batch = await GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken);

        var evidence = Assert.Single(Assert.Single(batch.Events).Evidence);
        Assert.Equal(second, evidence.Start);
        Assert.Equal(5, evidence.SentenceIndex);
    }

    [Fact]
    public async Task AStartThatDoesNotPointAtTheQuoteIsAnError()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "events.jsonl", Event.Replace("EVIDENCE", """{"article":"a1","quote":"They met in Singapore","start":3}"""));

        var ex = await Assert.ThrowsAsync<GraphFileException>(() => GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken));

        Assert.StartsWith("events.jsonl:1: evidence[0].start: the quote is not at offset 3 of article 'a1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceEvidenceKeepsItsSource()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "events.jsonl",
            Event.Replace("EVIDENCE", """{"reference":{"kind":"treatySeries","title":"UNTS","identifier":"UNTS 1832"},"quote":"Registered."}"""));

        var batch = await GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken);

        var evidence = Assert.Single(Assert.Single(batch.Events).Evidence);
        Assert.Null(evidence.ArticleId);
        Assert.Equal(new SourceReference(SourceKind.TreatySeries, "UNTS") { Identifier = "UNTS 1832" }, evidence.Reference);
        Assert.Equal("Registered.", evidence.Quote);
    }

    [Fact]
    public async Task ArticleTextComesFromItsFileVerbatim()
    {
        const string text = "Line one.\r\nLine two “quoted”.\n";
        using var folder = new GraphFolder()
            .Write("articles.jsonl", """{"key":"k","file":"articles/k.txt","title":"t","language":"ja","publisher":"P","url":"https://example.org/k"}""");
        Directory.CreateDirectory(Path.Combine(folder.Path, "articles"));
        File.WriteAllText(Path.Combine(folder.Path, "articles", "k.txt"), text);

        var article = Assert.Single((await GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken)).Articles);

        Assert.Equal(text, article.Text);
        Assert.Equal(ArticleIds.FromText(text), article.Id);
        Assert.Equal(("ja", "P", "https://example.org/k"), (article.Language, article.Publisher, article.Url));
        Assert.Equal(2, article.Sentences.Count);
    }
}
