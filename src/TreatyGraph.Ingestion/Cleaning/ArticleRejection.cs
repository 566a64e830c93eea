namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>Why an article cannot be read. Hosts map these to exit codes, HTTP statuses and GraphQL error codes.</summary>
public enum ArticleRejection
{
    Empty,
    Binary,
    TooLarge,
    NoText,
    InvalidJson,
    InvalidDate,
}
