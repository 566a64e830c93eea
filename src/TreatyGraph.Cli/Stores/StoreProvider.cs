namespace TreatyGraph.Cli.Stores;

/// <summary>The two stores, as in <c>Graph:Provider</c>.</summary>
internal enum StoreProvider
{
    Sqlite,
    Neo4j,
}
