namespace TreatyGraph.Core.Graph;

/// <summary>What a batch changed: items created, items that existed and gained something, items unchanged.</summary>
public sealed record ApplyResult
{
    public ChangeCount Articles { get; init; }

    public ChangeCount Entities { get; init; }

    public ChangeCount Events { get; init; }

    public ChangeCount Relations { get; init; }

    /// <summary>True when the batch changed nothing (a repeated ingest).</summary>
    public bool IsNoOp =>
        Articles.Changed + Entities.Changed + Events.Changed + Relations.Changed == 0;
}
