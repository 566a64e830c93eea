using TreatyGraph.Storage.Contract;

namespace TreatyGraph.Storage.Sqlite.Tests.Contract;

public sealed class SqliteApplyTests(SqliteStoreFixture fixture) : ApplyContract<SqliteStoreFixture>(fixture);
