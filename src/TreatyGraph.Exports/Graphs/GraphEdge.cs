using TreatyGraph.Core.Time;
using TreatyGraph.Exports.Sources;

namespace TreatyGraph.Exports.Graphs;

/// <summary>
/// A directed edge of an exported graph: a relation (<see cref="Relation"/> is its type, <c>HOLDS_OFFICE</c>) from
/// its subject to its object, or an event's involvement (<see cref="Involves"/>) from the event to a participant
/// (<see cref="Role"/> the participant role), its place (<c>place</c>) or an entity it concerns (<c>concerns</c>).
/// </summary>
public sealed record GraphEdge(string Id, string Source, string Target, string Relation)
{
    public const string Involves = "INVOLVES";
    public const string PlaceRole = "place";
    public const string ConcernsRole = "concerns";

    public string? Role { get; init; }

    public FuzzyDate? ValidFrom { get; init; }

    public FuzzyDate? ValidTo { get; init; }

    public IReadOnlyList<CitedEvidence> Evidence { get; init; } = [];

    public IReadOnlyList<string> Sources => [.. Evidence.Select(e => e.SourceLine)];
}
