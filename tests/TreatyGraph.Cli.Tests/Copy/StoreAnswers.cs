using System.Text.Json;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Cli.Tests.Copy;

/// <summary>
/// What a store answers to the questions the API asks of the seed graph, as JSON, so that two stores can be
/// compared answer by answer: counts, scans, search, timelines with stand-ins, relations, events of
/// entities, paths, a neighbourhood and the article list.
/// </summary>
internal static class StoreAnswers
{
    private static readonly string[] Focus = ["country:japan", "country:russia", "territory:iturup", "person:shinzo-abe"];

    public static async Task<IReadOnlyList<(string Question, string Answer)>> AskAsync(IGraphStore store, CancellationToken ct)
    {
        var answers = new List<(string, string)>();
        void Add(string question, object answer) => answers.Add((question, JsonSerializer.Serialize(answer)));

        Add("stats", await store.GetStatsAsync(ct));
        Add("entities", await store.ScanEntitiesAsync(null, ct).ToListAsync(ct));
        Add("events", await store.ScanEventsAsync(null, ct).ToListAsync(ct));
        Add("relations", await store.ScanRelationsAsync(null, ct).ToListAsync(ct));
        Add("articles", await store.ScanArticlesAsync(null, ct).ToListAsync(ct));
        Add("article list", await store.ListArticlesAsync(new PageRequest(5), ct));
        foreach (var text in new[] { "iturup", "Итуруп", "択捉", "japan", "ab", "kuril", "treaty" })
        {
            Add($"search {text}", await store.SearchAsync(new SearchQuery(text, [], 10), ct));
        }

        Add("search people named abe", await store.SearchAsync(new SearchQuery("abe", [EntityKind.Person], 5), ct));
        var groups = await ParticipantStands.ExpandAsync(store, ["country:japan", "country:russia"], ct);
        var firstPage = await store.TimelineAsync(new TimelineQuery { Participants = groups, Match = ParticipantMatch.All, Page = new PageRequest(5) }, ct);
        Add("timeline japan and russia", firstPage);
        Add("timeline japan and russia, page 2", await store.TimelineAsync(new TimelineQuery { Participants = groups, Match = ParticipantMatch.All, Page = new PageRequest(5, firstPage.EndCursor) }, ct));
        Add("timeline 1945-1960", await store.TimelineAsync(new TimelineQuery { From = FuzzyDate.Parse("1945"), To = FuzzyDate.Parse("1960"), Page = new PageRequest(50) }, ct));
        Add("relations", await store.GetRelationsAsync(Focus, RelationQuery.All, ct));
        Add("relations as of 1970", await store.GetRelationsAsync(Focus, new RelationQuery { AsOf = FuzzyDate.Parse("1970") }, ct));
        Add("events of", await store.GetEventsOfAsync(Focus, new PageRequest(3), ct));
        Add("paths japan russia", await store.FindPathsAsync(new PathQuery("country:japan", "country:russia", 3), ct));
        Add("paths abe iturup as of 2018", await store.FindPathsAsync(new PathQuery("person:shinzo-abe", "territory:iturup", 4, FuzzyDate.Parse("2018")), ct));
        Add("neighbourhood iturup", await store.GetNeighbourhoodAsync("territory:iturup", 2, null, 30, ct));
        return answers;
    }
}
