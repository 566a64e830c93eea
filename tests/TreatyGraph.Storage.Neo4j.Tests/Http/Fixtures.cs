namespace TreatyGraph.Storage.Neo4j.Tests.Http;

/// <summary>Responses in the shapes Neo4j's HTTP API and Query API documentation show.</summary>
internal static class Fixtures
{
    public const string Root3 = """
        {
          "management" : "http://127.0.0.1:7474/db/manage/",
          "data" : "http://127.0.0.1:7474/db/data/",
          "bolt" : "bolt://127.0.0.1:7687"
        }
        """;

    public const string Data3 = """{ "node" : "http://127.0.0.1:7474/db/data/node", "neo4j_version" : "3.1.1" }""";

    public const string Root44 = """
        {
          "bolt_routing" : "neo4j://localhost:7687",
          "transaction" : "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct" : "bolt://localhost:7687",
          "neo4j_version" : "4.4.12",
          "neo4j_edition" : "community"
        }
        """;

    public const string Root5Tx = """
        {
          "bolt_routing" : "neo4j://localhost:7687",
          "transaction" : "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct" : "bolt://localhost:7687",
          "neo4j_version" : "5.12.0",
          "neo4j_edition" : "community"
        }
        """;

    public const string Root519 = """
        {
          "bolt_routing": "neo4j://localhost:7687",
          "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.19.0",
          "neo4j_edition": "enterprise"
        }
        """;

    public const string EmptyCommit = """{ "results" : [ { "columns" : [ ], "data" : [ ] } ], "errors" : [ ] }""";

    /// <summary>A transactional answer of <paramref name="statements"/> empty results.</summary>
    public static string EmptyResults(int statements) =>
        $$"""{ "results" : [ {{string.Join(", ", Enumerable.Repeat("""{ "columns" : [ ], "data" : [ ] }""", statements))}} ], "errors" : [ ] }""";

    public const string SyntaxError = """
        { "results" : [ ], "errors" : [ { "code" : "Neo.ClientError.Statement.SyntaxError", "message" : "Invalid input 'X'" } ] }
        """;

    public const string Deadlock = """
        { "results" : [ ], "errors" : [ { "code" : "Neo.TransientError.Transaction.DeadlockDetected", "message" : "ForsetiClient can't acquire ExclusiveLock" } ] }
        """;

    public const string Unauthorized = """
        { "errors" : [ { "code" : "Neo.ClientError.Security.Unauthorized", "message" : "Invalid username or password." } ] }
        """;

    /// <summary>A typed Query API answer with one value of every kind the store may meet.</summary>
    public const string TypedRow = """
        {
          "data": {
            "fields": ["node", "rel", "count", "ratio", "day", "at", "local", "span", "names", "map", "nothing", "flag", "path"],
            "values": [[
              { "$type": "Node", "_value": { "_element_id": "4:ff04df25:2", "_labels": ["Entity"],
                "_properties": { "id": { "$type": "String", "_value": "country:japan" }, "earliest": { "$type": "Integer", "_value": "19561019" } } } },
              { "$type": "Relationship", "_value": { "_element_id": "5:ff04df25:9", "_start_node_element_id": "4:ff04df25:2",
                "_end_node_element_id": "4:ff04df25:3", "_type": "SOURCE_OF", "_properties": { "since": { "$type": "Date", "_value": "1956-10-19" } } } },
              { "$type": "Integer", "_value": "9223372036854775807" },
              { "$type": "Float", "_value": "0.25" },
              { "$type": "Date", "_value": "2018-11-14" },
              { "$type": "OffsetDateTime", "_value": "2024-01-01T21:40:32-01:00" },
              { "$type": "LocalDateTime", "_value": "2015-11-21T21:40:32.142" },
              { "$type": "Duration", "_value": "P14DT16H12M" },
              { "$type": "List", "_value": [ { "$type": "String", "_value": "Iturup" }, { "$type": "String", "_value": "Итуруп" } ] },
              { "$type": "Map", "_value": { "role": { "$type": "Null", "_value": null } } },
              { "$type": "Null", "_value": null },
              { "$type": "Boolean", "_value": true },
              { "$type": "Path", "_value": [
                { "$type": "Node", "_value": { "_element_id": "4:a:1", "_labels": ["Entity"], "_properties": {} } },
                { "$type": "Relationship", "_value": { "_element_id": "5:a:1", "_start_node_element_id": "4:a:1", "_end_node_element_id": "4:a:2", "_type": "TARGET", "_properties": {} } },
                { "$type": "Node", "_value": { "_element_id": "4:a:2", "_labels": ["Relation"], "_properties": {} } } ] }
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;
}
