using TreatyGraph.Storage.Contract;

namespace TreatyGraph.Storage.Sqlite.Tests.Contract;

public sealed class SqliteTimelineTests(SqliteStoreFixture fixture) : TimelineContract<SqliteStoreFixture>(fixture);
