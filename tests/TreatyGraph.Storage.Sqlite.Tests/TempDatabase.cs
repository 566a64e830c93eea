using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace TreatyGraph.Storage.Sqlite.Tests;

/// <summary>A database file in a folder of its own under the temp directory, deleted with the folder.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "treatygraph-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "nested", "graph.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public SqliteGraphStore OpenStore() =>
        new(Options.Create(new SqliteOptions { Path = FilePath }), NullLogger<SqliteGraphStore>.Instance);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
