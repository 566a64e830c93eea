using Microsoft.Extensions.DependencyInjection;
using TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

namespace TreatyGraph.Storage.Neo4j.Tests.Http;

/// <summary>The store as the hosts build it, talking to a <see cref="FakeNeo4j"/>.</summary>
internal static class FakeServerStore
{
    public const string Uri = "http://neo4j.test:7474";

    public static Neo4jStores Create(FakeNeo4j fake, string database = "neo4j", int maxRetries = 3) =>
        Neo4jStores.Create(
            Uri,
            "neo4j",
            "secret",
            http => http.ConfigurePrimaryHttpMessageHandler(() => fake),
            new Dictionary<string, string?> { ["Neo4j:Database"] = database, ["Neo4j:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
