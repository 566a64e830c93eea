using System.ComponentModel.DataAnnotations;

namespace TreatyGraph.Storage.Neo4j;

/// <summary>Where the Neo4j store connects (configuration section <c>Neo4j</c>).</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP(S) root of the server, e.g. <c>http://localhost:7474</c> or an Aura URL.</summary>
    [Required]
    [Url]
    public string Uri { get; set; } = "http://localhost:7474";

    /// <summary>The database on 4.x and later; Neo4j 3.x has one database and ignores it.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9.\\-]{0,62}$", ErrorMessage = "Neo4j:Database must be a Neo4j database name (letters, digits, '.', '-').")]
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic auth; empty when the server runs without auth.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>How many times a transient failure (connection refused, 5xx, Neo.TransientError) is retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay; later ones back off exponentially.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long one HTTP request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Items per write statement when a batch is large (each <c>ApplyAsync</c> stays one transaction).</summary>
    [Range(1, 100_000)]
    public int WriteChunkSize { get; set; } = 1_000;
}
