namespace TreatyGraph.Core.Files.Lines;

/// <summary>
/// Either <c>{"article":key,"quote":...}</c> (with <c>start</c> when the writer knew which occurrence
/// was meant) or <c>{"reference":{...},"quote":...}</c>.
/// </summary>
internal sealed class EvidenceLine
{
    public string? Article { get; set; }

    public string? Quote { get; set; }

    public int? Start { get; set; }

    public ReferenceLine? Reference { get; set; }
}
