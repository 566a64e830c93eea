using System.ComponentModel.DataAnnotations;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>Limits of ingestion, bound from the <c>Ingestion</c> configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Articles larger than this (UTF-8 bytes) are refused: 50 MB by default.</summary>
    [Range(1024, 1L << 31)]
    public long MaxArticleBytes { get; set; } = 50L * 1024 * 1024;
}
