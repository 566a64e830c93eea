using TreatyGraph.Core.Graph;
using TreatyGraph.Ingestion.Merging;

namespace TreatyGraph.Ingestion.Seeding;

/// <summary>What loading the seed folder did: the curated facts applied, then what reading each seed article added.</summary>
public sealed record SeedResult(ApplyResult Curated, IReadOnlyList<IngestResult> Articles)
{
    /// <summary>True when the store already held all of it.</summary>
    public bool IsNoOp => Curated.IsNoOp && Articles.All(a => !a.IsNew);
}
