using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace TreatyGraph.Storage.Sqlite.Database;

/// <summary>
/// The one database file: pooled connections for concurrent readers, one writer at a time (WAL lets readers
/// go on while it writes), and the schema created or migrated before the first use.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    // Per physical connection (pooled connections keep them), so applied once per handle.
    private const string ConnectionPragmas = """
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -32768;
        PRAGMA mmap_size = 1073741824;
        PRAGMA busy_timeout = 30000;
        """;

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    public SqliteDatabase(string path, ILogger logger)
    {
        FilePath = System.IO.Path.GetFullPath(path);
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>A connection to read with (or to write with, inside <see cref="WriteAsync"/>).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="write"/> as the only writer, in one immediate transaction committed when it returns.
    /// Foreign keys are not enforced inside it: the writer checks a batch's references before writing
    /// (<see cref="Apply.IntegrityCheck"/>), and the per-row parent probes cost a bulk load several index
    /// searches per fact.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync("PRAGMA foreign_keys = OFF", cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await write(connection, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA foreign_keys = ON", CancellationToken.None);
            _writer.Release();
        }
    }

    /// <summary>Creates the file (and its folder) or migrates it to the latest schema; rejects files from a newer schema.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initializing.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            if (System.IO.Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenConnectionAsync(cancellationToken);
            await MigrateAsync(connection, cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writer.Dispose();
        _initializing.Dispose();
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var version = Convert.ToInt32(await connection.ScalarAsync("PRAGMA user_version", cancellationToken), CultureInfo.InvariantCulture);
        var applicationId = Convert.ToInt32(await connection.ScalarAsync("PRAGMA application_id", cancellationToken), CultureInfo.InvariantCulture);
        if (applicationId != 0 && applicationId != SchemaMigrations.ApplicationId)
        {
            throw new SchemaVersionException(
                $"'{FilePath}' is an SQLite database of another application (application_id {applicationId}); point Sqlite:Path at a TreatyGraph database or a new file.");
        }

        if (version > SchemaMigrations.Latest)
        {
            throw new SchemaVersionException(
                $"'{FilePath}' has schema version {version}, newer than this TreatyGraph understands (up to {SchemaMigrations.Latest}). "
                + "Upgrade TreatyGraph, or point Sqlite:Path at another file.");
        }

        await connection.ExecuteAsync("PRAGMA journal_mode = WAL", cancellationToken);
        var path = FilePath;
        var latest = SchemaMigrations.Latest;
        if (version == latest)
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Opened graph database {Path} (schema {Version})", path, version);
            }

            return;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        for (var next = version + 1; next <= SchemaMigrations.Latest; next++)
        {
            await connection.ExecuteAsync(SchemaMigrations.All[next - 1], cancellationToken);
            await connection.ExecuteAsync(
                string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {next}"), cancellationToken);
        }

        await connection.ExecuteAsync(
            string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {SchemaMigrations.ApplicationId}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Migrated graph database {Path} from schema {From} to {To}", path, version, latest);
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!Configured.TryGetValue(connection.Handle!, out _))
            {
                await connection.ExecuteAsync(ConnectionPragmas, cancellationToken);
                Configured.AddOrUpdate(connection.Handle!, FilePath);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
