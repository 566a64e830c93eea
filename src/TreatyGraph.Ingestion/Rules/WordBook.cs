namespace TreatyGraph.Ingestion.Rules;

/// <summary>words.json: closed word lists shared by the recognisers.</summary>
internal sealed record WordBook
{
    public IReadOnlyList<string> NotNames { get; init; } = [];

    public IReadOnlyList<string> Prepositions { get; init; } = [];

    public IReadOnlyList<string> VenueHeads { get; init; } = [];

    public IReadOnlyList<string> PlaceHeads { get; init; } = [];

    public IReadOnlyList<string> TerritoryHeads { get; init; } = [];

    public IReadOnlyList<string> OrganizationHeads { get; init; } = [];

    public IReadOnlyList<string> TreatyHeads { get; init; } = [];

    public IReadOnlyList<string> TreatyNouns { get; init; } = [];

    public IReadOnlyList<string> TreatyTypes { get; init; } = [];

    public IReadOnlyList<string> TreatyAnaphors { get; init; } = [];

    public IReadOnlyList<string> Directions { get; init; } = [];

    public IReadOnlyList<string> GroupWords { get; init; } = [];

    public IReadOnlyDictionary<string, int> Numbers { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, string> Pronouns { get; init; } = new Dictionary<string, string>();
}
