namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// Test projects run in parallel and several of them empty the one test server (3.x has one database), so
/// whoever uses it holds this lock: an exclusive lock file per server URI, which other test processes wait for.
/// </summary>
internal sealed class Neo4jTestLock : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private readonly FileStream _file;

    private Neo4jTestLock(FileStream file) => _file = file;

    public static async Task<Neo4jTestLock> AcquireAsync(CancellationToken cancellationToken)
    {
        var name = "treatygraph-neo4j-tests-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Neo4jTestServer.Uri)))[..12] + ".lock";
        var path = Path.Combine(Path.GetTempPath(), name);
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new Neo4jTestLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited < Patience)
            {
                await Task.Delay(200, cancellationToken);
                waited += TimeSpan.FromMilliseconds(200);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
