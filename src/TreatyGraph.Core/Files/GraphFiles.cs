using TreatyGraph.Core.Graph;

namespace TreatyGraph.Core.Files;

/// <summary>
/// The JSONL file format of seed and generated graph data: a folder with <c>entities.jsonl</c>,
/// <c>events.jsonl</c>, <c>relations.jsonl</c>, <c>articles.jsonl</c> and the article texts. Reading resolves
/// every reference (article evidence to offsets and sentence indexes) or fails with every error found;
/// writing produces files that read back to the same batch.
/// </summary>
public static class GraphFiles
{
    public const string EntitiesFile = "entities.jsonl";
    public const string EventsFile = "events.jsonl";
    public const string RelationsFile = "relations.jsonl";
    public const string ArticlesFile = "articles.jsonl";

    /// <summary>Where <see cref="WriteAsync"/> puts article texts, relative to the folder.</summary>
    public const string ArticleTextFolder = "articles";

    internal static readonly string[] AllFiles = [EntitiesFile, EventsFile, RelationsFile, ArticlesFile];

    /// <summary>Reads a folder; throws <see cref="GraphFileException"/> listing every problem.</summary>
    public static Task<GraphBatch> ReadAsync(string directory, CancellationToken cancellationToken) =>
        ReadAsync(directory, GraphFileReadOptions.Default, cancellationToken);

    /// <inheritdoc cref="ReadAsync(string, CancellationToken)"/>
    public static Task<GraphBatch> ReadAsync(string directory, GraphFileReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        return new GraphFileReader(directory, options).ReadAsync(cancellationToken);
    }

    /// <summary>Writes a whole batch to a folder (created if needed; the four files are replaced).</summary>
    public static async Task WriteAsync(string directory, GraphBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var writer = GraphFileWriter.Create(directory);
        await writer.WriteAsync(batch, cancellationToken);
    }
}
