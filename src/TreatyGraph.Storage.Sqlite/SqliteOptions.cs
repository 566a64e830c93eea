using System.ComponentModel.DataAnnotations;

namespace TreatyGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its one database file (configuration section <c>Sqlite</c>).</summary>
public sealed class SqliteOptions
{
    public const string Section = "Sqlite";

    /// <summary>The database file; relative paths are under the working directory. Its folder is created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/treatygraph.db";
}
