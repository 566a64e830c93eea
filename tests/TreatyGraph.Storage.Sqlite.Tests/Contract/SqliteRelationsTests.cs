using TreatyGraph.Storage.Contract;

namespace TreatyGraph.Storage.Sqlite.Tests.Contract;

public sealed class SqliteRelationsTests(SqliteStoreFixture fixture) : RelationsContract<SqliteStoreFixture>(fixture);
