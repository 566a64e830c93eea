namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>Where an article's publication date came from.</summary>
public enum PublishedSource
{
    None,
    Given,
    Metadata,
    Dateline,
}
