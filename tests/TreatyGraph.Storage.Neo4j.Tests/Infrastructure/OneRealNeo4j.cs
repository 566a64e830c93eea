namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Tests on the one real server empty its database, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneRealNeo4j
{
    public const string Name = "real Neo4j";
}
