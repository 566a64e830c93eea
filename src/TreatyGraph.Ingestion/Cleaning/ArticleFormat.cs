namespace TreatyGraph.Ingestion.Cleaning;

/// <summary>What an article's content is; <see cref="Auto"/> decides from the content itself.</summary>
public enum ArticleFormat
{
    Auto,
    Text,
    Html,
    Json,
}
