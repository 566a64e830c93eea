using System.ComponentModel.DataAnnotations;

namespace TreatyGraph.Api.Hosting;

/// <summary>Which store holds the graph (section <c>Graph</c>).</summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary><c>Sqlite</c> (embedded, the default) or <c>Neo4j</c>.</summary>
    [Required]
    public string Provider { get; set; } = GraphStores.Sqlite;
}
