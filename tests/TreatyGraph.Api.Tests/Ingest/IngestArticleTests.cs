using System.Text.Json;
using TreatyGraph.Api.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.Ingest;

/// <summary><c>ingestArticle</c> with a key: facts with evidence, merging across articles, and idempotent re-ingest.</summary>
public sealed class IngestArticleTests(KeyedApi api) : IClassFixture<KeyedApi>
{
    internal const string Report = "HELSINKI, March 3, 2021 -- Estonian Prime Minister Kaja Lind met Latvian President Rihards Ozols in Helsinki on Wednesday. They discussed energy links across the Baltic Sea.";
    internal const string FollowUp = "Latvian President Rihards Ozols and Estonian Prime Minister Kaja Lind met on March 3 in Helsinki, officials said on Thursday.";

    // The tests of this class share one store, so each reads articles of its own.
    private const string Meeting = "VILNIUS, May 12, 2021 -- Lithuanian Foreign Minister Dovile Kairys met Polish Foreign Minister Marek Zielny in Vilnius on Wednesday. The two ministers discussed border security.";
    private const string SameMeeting = "Polish Foreign Minister Marek Zielny and Lithuanian Foreign Minister Dovile Kairys met on May 12 in Vilnius, officials said on Thursday.";
    private const string Visit = "RIGA, June 9, 2021 -- Latvian Prime Minister Arturs Berzins visited Tallinn on Tuesday.";

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task AnAuthenticatedIngestCreatesEntitiesEventsAndRelationsThatCiteTheArticle()
    {
        var result = (await _client.IngestAsync(new { text = Report, title = "Baltic leaders meet", url = "https://example.org/baltic", publisher = "Example Wire" }, bearer: KeyedApi.Key))
            .Ok().GetProperty("ingestArticle");

        Assert.True(result.GetProperty("isNew").GetBoolean());
        var article = result.GetProperty("article");
        Assert.Equal("Baltic leaders meet", article.GetProperty("title").GetString());
        Assert.Equal("2021-03-03", article.GetProperty("published").GetString());
        Assert.Equal("Example Wire", article.GetProperty("publisher").GetString());
        Assert.Contains("person:kaja-lind", Ids(result, "createdEntities"));
        Assert.Contains("person:rihards-ozols", Ids(result, "createdEntities"));
        var meeting = Assert.Single(result.GetProperty("createdEvents").EnumerateArray(), e => e.GetProperty("kind").GetString() == "MEETING");
        Assert.Equal("2021-03-03", meeting.GetProperty("date").GetProperty("edtf").GetString());
        var evidence = Assert.Single(meeting.GetProperty("evidence").EnumerateArray());
        Assert.Equal(article.GetProperty("id").GetString(), evidence.GetProperty("article").GetProperty("id").GetString());
        Assert.StartsWith("HELSINKI, March 3, 2021", evidence.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Contains("HOLDS_OFFICE", result.GetProperty("createdRelations").EnumerateArray().Select(r => r.GetProperty("type").GetString()));

        // What the mutation reports is what the graph now answers to anyone.
        var stored = (await _client.PostQueryAsync("query($id: ID!) { entity(id: $id) { name } }", new { id = "person:kaja-lind" })).Ok();
        Assert.Equal("Kaja Lind", stored.GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ASecondArticleAboutTheSameMeetingAddsEvidenceInsteadOfATwin()
    {
        var first = (await _client.IngestAsync(new { text = Meeting }, bearer: KeyedApi.Key)).Ok().GetProperty("ingestArticle");
        var meetingId = Assert.Single(first.GetProperty("createdEvents").EnumerateArray(), e => e.GetProperty("kind").GetString() == "MEETING")
            .GetProperty("id").GetString();

        var second = (await _client.IngestAsync(new { text = SameMeeting, published = "2021-05-13" }, apiKey: KeyedApi.OtherKey)).Ok().GetProperty("ingestArticle");

        Assert.True(second.GetProperty("isNew").GetBoolean());
        Assert.Contains(meetingId, Ids(second, "mergedEvents"));
        Assert.DoesNotContain(second.GetProperty("createdEvents").EnumerateArray(), e => e.GetProperty("kind").GetString() == "MEETING");
        var merged = second.GetProperty("mergedEvents").EnumerateArray().Single(e => e.GetProperty("id").GetString() == meetingId);
        var sources = merged.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("article").GetProperty("id").GetString()).Distinct().ToList();
        Assert.Equal(2, sources.Count);
        Assert.Contains(second.GetProperty("article").GetProperty("id").GetString(), sources);
    }

    [Fact]
    public async Task IngestingTheSameArticleAgainChangesNothing()
    {
        var first = (await _client.IngestAsync(new { text = Visit }, bearer: KeyedApi.Key)).Ok().GetProperty("ingestArticle");
        var before = await api.StatsAsync();

        var again = (await _client.IngestAsync(new { text = Visit + "\n", title = "Another title" }, bearer: KeyedApi.Key)).Ok().GetProperty("ingestArticle");

        Assert.True(first.GetProperty("isNew").GetBoolean());
        Assert.False(again.GetProperty("isNew").GetBoolean());
        Assert.Equal(first.GetProperty("article").GetProperty("id").GetString(), again.GetProperty("article").GetProperty("id").GetString());
        foreach (var list in new[] { "createdEntities", "createdEvents", "mergedEvents", "createdRelations" })
        {
            Assert.Equal(0, again.GetProperty(list).GetArrayLength());
        }

        Assert.Equal(before, await api.StatsAsync());
    }

    private static List<string?> Ids(JsonElement result, string list) =>
        [.. result.GetProperty(list).EnumerateArray().Select(e => e.GetProperty("id").GetString())];
}
