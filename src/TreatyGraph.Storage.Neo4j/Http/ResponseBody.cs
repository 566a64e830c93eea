using System.Text.Json;

namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>
/// Reads a response of either API: results (transactional: <c>results[].columns/data[].row</c>; Query API:
/// <c>data.fields/values</c>, typed or plain) and <c>errors[]</c>, which both APIs may send with a 2xx status.
/// </summary>
internal static class ResponseBody
{
    public static IReadOnlyList<Neo4jError> Errors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return errors.EnumerateArray()
            .Select(e => new Neo4jError(
                e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : ""))
            .ToArray();
    }

    /// <summary>The results of a transactional-endpoint response, one per statement.</summary>
    public static IReadOnlyList<CypherResult> TransactionalResults(JsonElement root)
    {
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            throw new Neo4jException(Neo4jFailure.Protocol, null, "Neo4j answered without 'results'.");
        }

        return results.EnumerateArray().Select(result =>
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
            var rows = result.GetProperty("data").EnumerateArray()
                .Select(d => (IReadOnlyList<JsonElement>)d.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray())
                .ToArray();
            return new CypherResult(columns, rows);
        }).ToArray();
    }

    /// <summary>The result of a Query API response; typed JSON is turned into plain values.</summary>
    public static CypherResult QueryApiResult(JsonElement root, bool typed)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return CypherResult.Empty;
        }

        var columns = data.TryGetProperty("fields", out var fields)
            ? fields.EnumerateArray().Select(f => f.GetString()!).ToArray()
            : [];
        if (!data.TryGetProperty("values", out var values))
        {
            return new CypherResult(columns, []);
        }

        var rows = values.EnumerateArray()
            .Select(row => (IReadOnlyList<JsonElement>)row.EnumerateArray()
                .Select(v => typed ? JsonSerializer.SerializeToElement(TypedJson.ToPlain(v)) : v.Clone())
                .ToArray())
            .ToArray();
        return new CypherResult(columns, rows);
    }

    /// <summary>The id of the explicit transaction a Query API response belongs to.</summary>
    public static string? TransactionId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("transaction", out var tx)
        && tx.ValueKind == JsonValueKind.Object
        && tx.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
}
