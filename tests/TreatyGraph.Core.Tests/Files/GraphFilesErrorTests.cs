using TreatyGraph.Core.Files;

namespace TreatyGraph.Core.Tests.Files;

public sealed class GraphFilesErrorTests
{
    private const string Meeting =
        """{"id":"event:m","kind":"Meeting","status":"occurred","title":"Abe and Putin meet","date":"2018-11-14","participants":[{"id":"country:japan","role":"host"}]}""";

    [Fact]
    public async Task UnknownEventKindNamesFileLineAndTheKindsExpected()
    {
        using var folder = GraphFolder.WithBasics()
            .Write("events.jsonl", Meeting, string.Empty, Meeting.Replace("\"Meeting\"", "\"Meetng\"").Replace("event:m", "event:n"));

        var error = await SingleErrorAsync(folder);

        Assert.StartsWith("events.jsonl:3: unknown event kind 'Meetng'; expected one of Meeting, Summit, Visit,", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task InvalidEdtfCarriesTheParsersReason()
    {
        using var folder = GraphFolder.WithBasics().Write("events.jsonl", Meeting.Replace("2018-11-14", "2018-13"));

        var error = await SingleErrorAsync(folder);

        Assert.StartsWith("events.jsonl:1: date: '2018-13' is not a valid EDTF date:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidRelationDatesAreRejected()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "relations.jsonl",
            """{"type":"CLAIMS","from":"country:japan","to":"country:russia","validFrom":"1991","validTo":"1945"}""");

        var error = await SingleErrorAsync(folder);

        Assert.Equal("relations.jsonl:1: validTo '1945' is before validFrom '1991'", error.ToString());
    }

    [Fact]
    public async Task UnknownArticleKeyIsAnError()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "events.jsonl", Meeting.Replace("}]}", """}],"evidence":[{"article":"a2","quote":"Putin met Abe"}]}"""));

        var error = await SingleErrorAsync(folder);

        Assert.Equal("events.jsonl:1: evidence[0]: unknown article 'a2'; articles.jsonl defines 'a1'", error.ToString());
    }

    [Fact]
    public async Task QuoteNotInTheArticleIsAnError()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "events.jsonl", Meeting.Replace("}]}", """}],"evidence":[{"article":"a1","quote":"Putin met Abe in Buenos Aires"}]}"""));

        var error = await SingleErrorAsync(folder);

        Assert.Equal("events.jsonl:1: evidence[0].quote: not found verbatim in article 'a1': \"Putin met Abe in Buenos Aires\"", error.ToString());
    }

    [Fact]
    public async Task QuoteThatDiffersOnlyInSpacingGetsAHint()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "events.jsonl", Meeting.Replace("}]}", """}],"evidence":[{"article":"a1","quote":"Putin met  Abe"}]}"""));

        var error = await SingleErrorAsync(folder);

        Assert.Contains("differs only in quote marks, dashes or spacing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entities.jsonl", """{"id":"country:japan","kind":"Country","name":"Nippon"}""", "entities.jsonl:3: duplicate entity id 'country:japan' (first on line 1)")]
    [InlineData("events.jsonl", Meeting, "events.jsonl:2: duplicate event id 'event:m' (first on line 1)")]
    public async Task DuplicateIdsAreErrors(string file, string line, string expected)
    {
        using var folder = GraphFolder.WithBasics();
        folder.Write(file, file == "entities.jsonl" ? [GraphFolder.Japan, GraphFolder.Russia, line] : [Meeting, line]);

        var error = await SingleErrorAsync(folder);

        Assert.Equal(expected, error.ToString());
    }

    [Fact]
    public async Task TheSameRelationTwiceIsAnError()
    {
        const string claim = """{"type":"CLAIMS","from":"country:japan","to":"country:russia","validFrom":"1945"}""";
        using var folder = GraphFolder.WithBasics().Write("relations.jsonl", claim, claim.Replace("CLAIMS", "claims"));

        var error = await SingleErrorAsync(folder);

        Assert.StartsWith("relations.jsonl:2: duplicate relation CLAIMS country:japan -> country:russia", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"country:Japan","kind":"Country","name":"Japan"}""", "malformed entity id 'country:Japan'")]
    [InlineData("""{"id":"japan","kind":"Country","name":"Japan"}""", "malformed entity id 'japan'")]
    [InlineData("""{"id":"person:japan","kind":"Country","name":"Japan"}""", "id 'person:japan' does not match kind 'Country'")]
    [InlineData("""{"id":"country:japan","kind":"Country"}""", "missing required field 'name'")]
    [InlineData("""{"kind":"Country","name":"Japan"}""", "missing required field 'id'")]
    [InlineData("""{"id":"country:japan","kind":"Country","name":"Japan","wikidata":"Q17"}""", "unknown field 'wikidata'")]
    [InlineData("""{"id":"country:japan","kind":"Country","name":"Japan","wikidataId":"17"}""", "wikidataId: '17' is not a Wikidata item id")]
    [InlineData("""{"id":"country:japan","kind":"Country","name":"Japan","aliases":"Nippon"}""", "invalid JSON at 'aliases'")]
    [InlineData("""{"id":"country:japan","kind":"Country","name":"Japan",""", "invalid JSON")]
    public async Task MalformedEntityLinesAreErrors(string line, string expected)
    {
        using var folder = new GraphFolder().Write("entities.jsonl", line);

        var error = await SingleErrorAsync(folder);

        Assert.StartsWith($"entities.jsonl:1: {expected}", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","date":"2018"}""", "missing required field 'title'")]
    [InlineData("""{"id":"event:m","kind":"Meeting","title":"t"}""", "missing required field 'status'")]
    [InlineData("""{"id":"event:M 1","kind":"Meeting","status":"occurred","title":"t"}""", "malformed event id 'event:M 1'")]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","title":"t","participants":[{"id":"country:jpn"}]}""", "participants[0].id: unknown entity 'country:jpn'")]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","title":"t","place":"Tokyo"}""", "place: malformed entity id 'Tokyo'")]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","title":"t","participants":[{"id":"country:japan","role":"guest"}]}""", "unknown participant role 'guest'; expected one of")]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","title":"t","evidence":[{"quote":"q"}]}""", "evidence[0]: needs an 'article'")]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","title":"t","evidence":[{"reference":{"kind":"Book","title":"x"},"quote":"q"}]}""", "evidence[0].reference.kind: unknown source kind 'Book'")]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","title":"t","evidence":[{"reference":{"kind":"Wikidata"},"quote":"q"}]}""", "missing required field 'evidence[0].reference.title'")]
    [InlineData("""{"id":"event:m","kind":"Meeting","status":"occurred","title":"t","datePhrase":"in June"}""", "'datePhrase' given without 'date'")]
    public async Task MalformedEventLinesAreErrors(string line, string expected)
    {
        using var folder = GraphFolder.WithBasics().Write("events.jsonl", line);

        var error = await SingleErrorAsync(folder);

        Assert.StartsWith($"events.jsonl:1: {expected}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExternalEntitiesResolveOnlyWhenAllowed()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "relations.jsonl", """{"type":"SUCCESSOR_OF","from":"country:russia","to":"country:soviet-union","validFrom":"1991-12-26"}""");

        await Assert.ThrowsAsync<GraphFileException>(() => GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken));
        var batch = await GraphFiles.ReadAsync(folder.Path, new GraphFileReadOptions { AllowExternalEntities = true }, TestContext.Current.CancellationToken);

        Assert.Equal("country:soviet-union", Assert.Single(batch.Relations).ToId);
    }

    [Fact]
    public async Task ArticleProblemsAreErrors()
    {
        using var folder = new GraphFolder().Write(
            "articles.jsonl",
            """{"key":"a1","file":"articles/missing.txt","title":"t"}""",
            """{"key":"a2","file":"../outside.txt","title":"t"}""",
            """{"key":"a 3","text":"x","title":"t"}""",
            """{"key":"a4","title":"t"}""",
            """{"key":"a5","text":"Same text.","title":"t"}""",
            """{"key":"a6","text":"Same text.","title":"t","published":"22.11.2018"}""",
            """{"key":"a5","text":"Other text.","title":"t"}""");

        var errors = (await Assert.ThrowsAsync<GraphFileException>(
            () => GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken))).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(
            [
                "articles.jsonl:1: article file 'articles/missing.txt' not found",
                "articles.jsonl:2: file '../outside.txt' is outside the folder",
                "articles.jsonl:3: article key 'a 3' may hold only ASCII letters, digits, '.', '_' and '-'",
                "articles.jsonl:4: needs 'file' (a path relative to the folder) or 'text'",
                "articles.jsonl:6: published: '22.11.2018' is not a day (yyyy-MM-dd)",
                "articles.jsonl:7: duplicate article key 'a5'",
            ],
            errors);
    }

    [Fact]
    public async Task EveryErrorIsReportedAndNothingIsReturned()
    {
        using var folder = GraphFolder.WithBasics().Write(
            "events.jsonl",
            Meeting.Replace("Meeting", "Meetng"),
            Meeting.Replace("2018-11-14", "2018-11-31").Replace("event:m", "event:n"));

        var ex = await Assert.ThrowsAsync<GraphFileException>(() => GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken));

        Assert.Equal([1, 2], ex.Errors.Select(e => e.Line));
        Assert.StartsWith("events.jsonl:1: unknown event kind", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithoutGraphFilesIsAnError()
    {
        using var folder = new GraphFolder();

        var ex = await Assert.ThrowsAsync<GraphFileException>(() => GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken));

        Assert.Contains("no graph files here", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<GraphFileError> SingleErrorAsync(GraphFolder folder)
    {
        var ex = await Assert.ThrowsAsync<GraphFileException>(() => GraphFiles.ReadAsync(folder.Path, TestContext.Current.CancellationToken));
        return Assert.Single(ex.Errors);
    }
}
