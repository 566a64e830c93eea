namespace TreatyGraph.Synthetic;

/// <summary>
/// Entities a benchmark or a demo can rely on in a generated graph: the two most prominent states (hubs
/// of most news), two entities on the quiet edge of the graph, and names to search for in three scripts.
/// </summary>
public sealed record SyntheticLandmarks(
    string HubA,
    string HubB,
    string QuietA,
    string QuietB,
    string LeaderOfHubA,
    IReadOnlyList<string> SearchTexts);
