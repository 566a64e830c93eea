namespace TreatyGraph.Ingestion.Rules;

/// <summary>chrome.json: what of a web page is furniture, not article.</summary>
internal sealed record ChromeRules
{
    public IReadOnlyList<string> Lines { get; init; } = [];

    public IReadOnlyList<string> StopLines { get; init; } = [];

    public IReadOnlyList<string> ClassTokens { get; init; } = [];

    public IReadOnlyList<string> RemoveElements { get; init; } = [];
}
