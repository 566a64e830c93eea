using TreatyGraph.Storage.Contract;

namespace TreatyGraph.Storage.Sqlite.Tests.Contract;

public sealed class SqlitePathsTests(SqliteStoreFixture fixture) : PathsContract<SqliteStoreFixture>(fixture);
