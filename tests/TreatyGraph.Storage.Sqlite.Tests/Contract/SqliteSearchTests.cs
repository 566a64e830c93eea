using TreatyGraph.Storage.Contract;

namespace TreatyGraph.Storage.Sqlite.Tests.Contract;

public sealed class SqliteSearchTests(SqliteStoreFixture fixture) : SearchContract<SqliteStoreFixture>(fixture);
