using TreatyGraph.Storage.Contract;

namespace TreatyGraph.Storage.Sqlite.Tests.Contract;

public sealed class SqliteScansTests(SqliteStoreFixture fixture) : ScansContract<SqliteStoreFixture>(fixture);
