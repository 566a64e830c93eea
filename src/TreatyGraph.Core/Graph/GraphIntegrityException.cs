namespace TreatyGraph.Core.Graph;

/// <summary>
/// A batch refers to entities or articles that are neither in the batch nor in the graph. Stores throw it
/// before writing anything, so the graph is exactly as it was.
/// </summary>
public sealed class GraphIntegrityException : InvalidOperationException
{
    private const int Listed = 20;

    public GraphIntegrityException()
    {
    }

    public GraphIntegrityException(string message)
        : base(message)
    {
    }

    public GraphIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphIntegrityException(IReadOnlyList<string> missingEntityIds, IReadOnlyList<string> missingArticleIds)
        : base(Describe(missingEntityIds, missingArticleIds))
    {
        MissingEntityIds = missingEntityIds;
        MissingArticleIds = missingArticleIds;
    }

    /// <summary>Entity ids referenced by events or relations of the batch, in neither the batch nor the graph (sorted).</summary>
    public IReadOnlyList<string> MissingEntityIds { get; } = [];

    /// <summary>Article ids cited by evidence of the batch, in neither the batch nor the graph (sorted).</summary>
    public IReadOnlyList<string> MissingArticleIds { get; } = [];

    private static string Describe(IReadOnlyList<string> entities, IReadOnlyList<string> articles)
    {
        var parts = new List<string>(2);
        if (entities.Count > 0)
        {
            parts.Add($"unknown entities {List(entities)}");
        }

        if (articles.Count > 0)
        {
            parts.Add($"unknown articles {List(articles)}");
        }

        return $"The batch was not applied: it refers to {string.Join(" and ", parts)}. "
            + "Add them to the batch or apply them first.";
    }

    private static string List(IReadOnlyList<string> ids) =>
        ids.Count <= Listed
            ? string.Join(", ", ids)
            : $"{string.Join(", ", ids.Take(Listed))} and {ids.Count - Listed} more";
}
