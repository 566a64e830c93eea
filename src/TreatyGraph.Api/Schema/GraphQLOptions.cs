using System.ComponentModel.DataAnnotations;

namespace TreatyGraph.Api.Schema;

/// <summary>Limits on what one GraphQL request may cost (section <c>GraphQL</c>).</summary>
internal sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection allowed; the README's queries go 7 deep.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>GraphQL.NET's complexity estimate, where a list counts as its <c>first</c> (or 5) items.</summary>
    [Range(1, 10_000_000)]
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>Longest a request may run before it is answered with a timeout error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many distinct parsed and validated documents to keep.</summary>
    [Range(0, 100_000)]
    public int DocumentCacheSize { get; set; } = 1_000;
}
