using TreatyGraph.Core.Time;
using TreatyGraph.Exports.Sources;

namespace TreatyGraph.Exports.Graphs;

/// <summary>An entity or an event as a node of an exported graph, with every attribute the exports carry.</summary>
public sealed record GraphNode(string Id, string NodeType, string Kind, string Label)
{
    public const string EntityType = "entity";
    public const string EventType = "event";

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? WikidataId { get; init; }

    public string? Description { get; init; }

    /// <summary>An event's status (<c>occurred</c>, <c>planned</c>).</summary>
    public string? Status { get; init; }

    public FuzzyDate? Date { get; init; }

    public string? TreatyStatus { get; init; }

    public FuzzyDate? TreatySigned { get; init; }

    public FuzzyDate? TreatyInForce { get; init; }

    public IReadOnlyList<CitedEvidence> Evidence { get; init; } = [];

    /// <summary>Where the facts come from: the evidence's sources for an event, the references for an entity.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
