using System.ComponentModel.DataAnnotations;

namespace TreatyGraph.Cli.Hosting;

/// <summary>Which store the CLI talks to (configuration section <c>Graph</c>).</summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";

    public const string Sqlite = "Sqlite";

    public const string Neo4j = "Neo4j";

    [Required(AllowEmptyStrings = false)]
    public string Provider { get; set; } = Sqlite;
}
