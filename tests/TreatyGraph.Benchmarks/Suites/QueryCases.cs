using System.Text.Json;
using TreatyGraph.Synthetic;

namespace TreatyGraph.Benchmarks.Suites;

/// <summary>
/// The queries of issue 6 over a dataset's landmarks: a two-participant timeline page, connections within
/// three hops between hubs and between quiet entities, a multilingual search, an entity with its relations, and the small
/// query of the throughput figure.
/// </summary>
internal static class QueryCases
{
    public const string TimelineQuery = """
        query Timeline($a: ID!, $b: ID!) {
          timeline(participants: [$a, $b], match: ALL, first: 20) {
            edges { cursor node { id kind status title date { edtf display } participants { role entity { id name } } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string ConnectionsQuery = """
        query Connections($a: ID!, $b: ID!) {
          connections(from: $a, to: $b, maxHops: 3) {
            length
            steps { from { id name } to { id name } relation { type } event { id title } evidence { quote sentenceIndex } }
          }
        }
        """;

    public const string SearchQuery = """
        query Search($text: String!) { search(text: $text, first: 10) { id kind name } }
        """;

    public const string EntityQuery = """
        query Entity($id: ID!) {
          entity(id: $id) {
            id kind name aliases { name }
            relations { type role from { id name } to { id name } validFrom { edtf display } validTo { edtf display } }
          }
        }
        """;

    public const string SmallQuery = """
        query Small($id: ID!) { entity(id: $id) { id name } }
        """;

    /// <summary>The query of the throughput figure, also timed in-process to show what GraphQL adds to one lookup.</summary>
    public const string SmallCaseName = "small query (entity id and name)";

    private static readonly string[] Scripts = ["Latin prefix", "Cyrillic", "katakana"];

    public static IReadOnlyList<QueryCase> For(SyntheticLandmarks landmarks)
    {
        var searches = landmarks.SearchTexts;
        return
        [
            new("timeline page, two participants", TimelineQuery, Vars(("a", landmarks.HubA), ("b", landmarks.HubB)),
                (store, ct) => RawQueries.TimelineAsync(store, landmarks.HubA, landmarks.HubB, ct), "p99 ≤ 10 ms", 10),
            new("connections ≤3 hops, hubs", ConnectionsQuery, Vars(("a", landmarks.HubA), ("b", landmarks.HubB)),
                (store, ct) => RawQueries.ConnectionsAsync(store, landmarks.HubA, landmarks.HubB, ct), "p99 ≤ 50 ms", 50),
            new("connections ≤3 hops, quiet", ConnectionsQuery, Vars(("a", landmarks.QuietA), ("b", landmarks.QuietB)),
                (store, ct) => RawQueries.ConnectionsAsync(store, landmarks.QuietA, landmarks.QuietB, ct), "p99 ≤ 50 ms", 50),
            .. searches.Take(3).Select((text, i) => new QueryCase(
                $"search, {Scripts[i]} \"{text}\"",
                SearchQuery,
                Vars(("text", text)),
                (store, ct) => RawQueries.SearchAsync(store, text, ct),
                "p99 ≤ 5 ms",
                5)),
            new("entity with relations", EntityQuery, Vars(("id", landmarks.LeaderOfHubA)),
                (store, ct) => RawQueries.EntityAsync(store, landmarks.LeaderOfHubA, ct)),
            new(SmallCaseName, SmallQuery, Vars(("id", landmarks.HubA)),
                (store, ct) => store.GetEntitiesAsync([landmarks.HubA], ct)),
        ];
    }

    public static string Vars(params (string Name, string Value)[] values) =>
        JsonSerializer.Serialize(values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>The body of a GraphQL-over-HTTP POST.</summary>
    public static string Body(string query, string variablesJson) =>
        $$"""{"query":{{JsonSerializer.Serialize(query)}},"variables":{{variablesJson}}}""";
}
