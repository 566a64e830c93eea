namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>Which of Neo4j's HTTP APIs the server offers; discovery picks the newest.</summary>
internal enum Neo4jApiStyle
{
    /// <summary>Neo4j 3.x: <c>/db/data/transaction/commit</c>, one database.</summary>
    LegacyTransactional,

    /// <summary>Neo4j 4.x and 5.x: <c>/db/{db}/tx/commit</c>.</summary>
    Transactional,

    /// <summary>Neo4j 5.19+ and Aura: <c>/db/{db}/query/v2</c>.</summary>
    QueryApi,
}
