namespace TreatyGraph.Ingestion.Rules;

/// <summary>relations.json: the phrases that signal each relation.</summary>
internal sealed record RelationCues
{
    public IReadOnlyList<string> Claims { get; init; } = [];

    public IReadOnlyList<string> ClaimNegators { get; init; } = [];

    public IReadOnlyList<string> Administers { get; init; } = [];

    public IReadOnlyList<string> Naming { get; init; } = [];

    public IReadOnlyList<string> Membership { get; init; } = [];

    public IReadOnlyList<string> MemberNouns { get; init; } = [];

    public IReadOnlyList<string> Transfer { get; init; } = [];

    public IReadOnlyList<string> TreatyLocus { get; init; } = [];

    /// <summary>Verbs whose subject is a treaty and whose object is what it deals with ("the communique lists X").</summary>
    public IReadOnlyList<string> TreatyVerbs { get; init; } = [];

    public IReadOnlyList<string> Succession { get; init; } = [];

    public IReadOnlyList<string> Collapse { get; init; } = [];

    public IReadOnlyList<string> PlaceNouns { get; init; } = [];

    public IReadOnlyList<string> PartNouns { get; init; } = [];

    /// <summary>Words that join list items; a name before one is a sibling of the later items, not a part of what they are called.</summary>
    public IReadOnlyList<string> Coordinators { get; init; } = [];
}
