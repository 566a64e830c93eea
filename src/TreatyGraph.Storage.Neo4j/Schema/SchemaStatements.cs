using TreatyGraph.Storage.Neo4j.Http;

namespace TreatyGraph.Storage.Neo4j.Schema;

/// <summary>
/// Uniqueness constraints on our own <c>id</c> (they also index it), in the dialect of the server's version:
/// 3.x and 4.0 have only <c>ON … ASSERT</c> and no <c>IF NOT EXISTS</c> (3.x repeats it harmlessly), 4.1–4.3
/// add names and <c>IF NOT EXISTS</c>, 4.4 and 5.x spell it <c>FOR … REQUIRE</c>.
/// </summary>
internal static class SchemaStatements
{
    public static readonly IReadOnlyList<string> Labels = ["Entity", "Event", "Relation", "Article"];

    public static IReadOnlyList<CypherStatement> For(Version version) =>
        Labels.Select(label => new CypherStatement(Constraint(version, label))).ToArray();

    public static string Constraint(Version version, string label)
    {
        var name = $"treatygraph_{label.ToLowerInvariant()}_id";
        return version switch
        {
            { Major: < 4 } or { Major: 4, Minor: 0 } => $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE",
            { Major: 4, Minor: < 4 } => $"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.id IS UNIQUE",
            _ => $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
        };
    }
}
