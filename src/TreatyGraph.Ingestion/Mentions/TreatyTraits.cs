namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// What a treaty mention says about its treaty: the noun ("declaration"), a type word ("peace", "joint"),
/// a year, a proper name, a place in its name ("San Francisco"), and the parties the text gives it.
/// </summary>
internal sealed class TreatyTraits
{
    public string Noun { get; set; } = "treaty";

    public string? Type { get; set; }

    public int? Year { get; set; }

    public string? ProperName { get; set; }

    public string? PlaceName { get; set; }

    public List<DocEntity> Parties { get; } = [];

    /// <summary>Gazetteer entries of the states named inside a proper name ("Soviet-Japanese"), resolved to parties when linked.</summary>
    public List<GazetteerEntry> NamedParties { get; } = [];

    public bool Ordinal { get; set; }
}
