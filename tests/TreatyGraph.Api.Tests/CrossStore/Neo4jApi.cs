using TreatyGraph.Api.Tests.Infrastructure;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Api.Tests.CrossStore;

/// <summary>The API with <c>Graph:Provider</c> = Neo4j, on the test server, loading the seed graph at start.</summary>
public sealed class Neo4jApi : TreatyGraphApi
{
    protected override IEnumerable<(string Key, string Value)> Settings() =>
    [
        ("Graph:Provider", "Neo4j"),
        ("Neo4j:Uri", Neo4jTestServer.Uri),
        ("Neo4j:User", Neo4jTestServer.User),
        ("Neo4j:Password", Neo4jTestServer.Password),
    ];
}
