using TreatyGraph.Storage.Contract;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Storage.Neo4j.Tests.Contract;

[Collection(OneRealNeo4j.Name)]
[RequiresNeo4j]
public sealed class Neo4jSearchTests(Neo4jStoreFixture fixture) : SearchContract<Neo4jStoreFixture>(fixture);
