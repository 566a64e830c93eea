namespace TreatyGraph.Core.Files.Lines;

internal sealed class TreatyLine
{
    public string? Status { get; set; }

    public string? Signed { get; set; }

    public string? SignedPhrase { get; set; }

    public string? InForce { get; set; }

    public string? InForcePhrase { get; set; }
}
