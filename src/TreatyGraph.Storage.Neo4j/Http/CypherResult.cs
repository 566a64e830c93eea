using System.Text.Json;

namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>The rows of one statement, values as plain JSON whichever API and format the server used.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows)
{
    public static readonly CypherResult Empty = new([], []);

    /// <summary>The values of the first column.</summary>
    public IEnumerable<JsonElement> Column0 => Rows.Select(r => r[0]);

    public long SingleLong() => Rows.Count == 0 ? 0 : Rows[0][0].GetInt64();
}
