namespace TreatyGraph.Core.Files.Lines;

internal sealed class ReferenceLine
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Identifier { get; set; }
}
