using Microsoft.Data.Sqlite;
using TreatyGraph.Core.Graph;
using TreatyGraph.Storage.Contract.Building;
using TreatyGraph.Storage.Sqlite.Database;

namespace TreatyGraph.Storage.Sqlite.Tests;

public sealed class SchemaTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstStartCreatesTheFolderTheFileAndTheLatestSchema()
    {
        using (var store = _database.OpenStore())
        {
            await store.InitializeAsync(Cancel);
        }

        Assert.True(File.Exists(_database.FilePath));
        Assert.Equal(SchemaMigrations.Latest, await PragmaAsync("user_version"));
        Assert.Equal(SchemaMigrations.ApplicationId, await PragmaAsync("application_id"));
    }

    [Fact]
    public async Task AReopenedFileKeepsItsGraph()
    {
        using (var store = _database.OpenStore())
        {
            await store.ApplyAsync(ContractGraph.Batch, Cancel);
        }

        using var reopened = _database.OpenStore();
        await reopened.InitializeAsync(Cancel);
        var stats = await reopened.GetStatsAsync(Cancel);
        var again = await reopened.ApplyAsync(ContractGraph.Batch, Cancel);

        Assert.Equal(ContractGraph.Batch.Entities.Count, stats.Entities);
        Assert.True(again.IsNoOp);
    }

    [Fact]
    public async Task MigratingAVersion2FileFillsTheLinksFromItsEventsAndRelations()
    {
        string[] frontier = [ContractGraph.Japan, ContractGraph.Abe, ContractGraph.Habomai];
        IReadOnlyList<Link> before;
        using (var store = _database.OpenStore())
        {
            await store.ApplyAsync(ContractGraph.Batch, Cancel);
            before = await store.ExpandAsync(frontier, null, Cancel);
        }

        SqliteConnection.ClearAllPools();
        await ExecuteAsync("DROP TABLE entity_link; PRAGMA user_version = 2");
        using var migrated = _database.OpenStore();
        await migrated.InitializeAsync(Cancel);
        var after = await migrated.ExpandAsync(frontier, null, Cancel);

        Assert.Equal(SchemaMigrations.Latest, await PragmaAsync("user_version"));
        Assert.Equal(Sorted(before), Sorted(after));
        Assert.Contains(after, l => l.EventId is not null);
        Assert.Contains(after, l => l.RelationId is not null);
    }

    [Fact]
    public async Task AFileFromANewerSchemaIsRejectedWithAClearMessage()
    {
        using (var store = _database.OpenStore())
        {
            await store.InitializeAsync(Cancel);
        }

        await ExecuteAsync($"PRAGMA user_version = {SchemaMigrations.Latest + 1}");
        using var newer = _database.OpenStore();

        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => newer.InitializeAsync(Cancel));

        Assert.Contains($"schema version {SchemaMigrations.Latest + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains(_database.FilePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseOfAnotherApplicationIsRejected()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await ExecuteAsync("PRAGMA application_id = 42; CREATE TABLE notes (text TEXT)");
        using var store = _database.OpenStore();

        var error = await Assert.ThrowsAsync<SchemaVersionException>(() => store.InitializeAsync(Cancel));

        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJournalIsWriteAhead()
    {
        using (var store = _database.OpenStore())
        {
            await store.InitializeAsync(Cancel);
        }

        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task StoresOpenedWithoutInitializeCreateTheSchemaOnFirstUse()
    {
        using var store = _database.OpenStore();

        var stats = await store.GetStatsAsync(Cancel);

        Assert.Equal(new GraphStats(0, 0, 0, 0, 0), stats);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    private static List<Link> Sorted(IEnumerable<Link> links) =>
        [.. links.OrderBy(l => l.FromId, StringComparer.Ordinal).ThenBy(l => l.ToId, StringComparer.Ordinal).ThenBy(l => l.FactId, StringComparer.Ordinal)];

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.FilePath, Pooling = false }.ToString());
        await connection.OpenAsync(Cancel);
        return connection;
    }

    private async Task<long> PragmaAsync(string name)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)(await command.ExecuteScalarAsync(Cancel))!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Cancel);
    }
}
