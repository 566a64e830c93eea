namespace TreatyGraph.Ingestion.Time.Recognition;

/// <summary>The shape of Rules/lexicon.json.</summary>
internal sealed record TimeLexiconDocument
{
    public Dictionary<string, int> Months { get; init; } = [];

    public Dictionary<string, int> Weekdays { get; init; } = [];

    public Dictionary<string, string> Seasons { get; init; } = [];

    public Dictionary<string, string> PartsOfDay { get; init; } = [];

    public Dictionary<string, int> Cardinals { get; init; } = [];

    public List<string> VagueQuantities { get; init; } = [];

    public Dictionary<string, int> Ordinals { get; init; } = [];

    public Dictionary<string, TimeUnit> Units { get; init; } = [];

    public Dictionary<string, string> Positions { get; init; } = [];

    public Dictionary<string, string> Quantifiers { get; init; } = [];

    public Dictionary<string, int> Relatives { get; init; } = [];

    public Dictionary<string, int> Directions { get; init; } = [];

    public Dictionary<string, int> Halves { get; init; } = [];

    public Dictionary<string, int> Quarters { get; init; } = [];

    public Dictionary<string, int> DecadeWords { get; init; } = [];

    public Dictionary<string, string> Holidays { get; init; } = [];

    public List<string> TimeZones { get; init; } = [];

    public Dictionary<string, string> SetValues { get; init; } = [];
}
