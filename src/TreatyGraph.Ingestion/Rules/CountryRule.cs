namespace TreatyGraph.Ingestion.Rules;

/// <summary>A state as countries.json lists it: names, demonyms, the cities that stand for its government, and when it existed.</summary>
internal sealed record CountryRule(string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public IReadOnlyList<SeatRule> Seats { get; init; } = [];

    public string? From { get; init; }

    public string? To { get; init; }
}
