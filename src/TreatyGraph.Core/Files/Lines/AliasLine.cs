namespace TreatyGraph.Core.Files.Lines;

internal sealed class AliasLine
{
    public string? Name { get; set; }

    public string? Lang { get; set; }
}
