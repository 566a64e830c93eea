namespace TreatyGraph.Core.Files;

/// <summary>How strictly <see cref="GraphFiles.ReadAsync(string, GraphFileReadOptions, CancellationToken)"/> resolves references.</summary>
public sealed record GraphFileReadOptions
{
    public static readonly GraphFileReadOptions Default = new();

    /// <summary>
    /// When true, events and relations may name (well-formed) entity ids that <c>entities.jsonl</c> does not
    /// define, for files meant to be applied on top of a graph that already holds them. Default false:
    /// every reference must resolve inside the files.
    /// </summary>
    public bool AllowExternalEntities { get; init; }
}
