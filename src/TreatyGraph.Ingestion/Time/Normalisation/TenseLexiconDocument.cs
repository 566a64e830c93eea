namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>The shape of Rules/tense.json.</summary>
internal sealed record TenseLexiconDocument
{
    public List<string> Future { get; init; } = [];

    public List<string> Past { get; init; } = [];

    public List<string> Linking { get; init; } = [];

    public List<string> PastPerfect { get; init; } = [];

    public List<string> NotPast { get; init; } = [];

    public List<string> ToVerbs { get; init; } = [];
}
