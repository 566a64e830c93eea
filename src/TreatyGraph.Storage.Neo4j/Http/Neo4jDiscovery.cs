using System.Globalization;
using System.Text.Json;

namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>
/// Reads the server root (<c>GET {uri}/</c>) and picks the API: the Query API when the root offers <c>query</c>,
/// else the transactional endpoint of 4.x/5.x (<c>transaction</c>), else 3.x's (<c>data</c>). Endpoints are
/// rebuilt on the configured base URI: behind a proxy the server names itself by an address we cannot reach.
/// </summary>
internal static class Neo4jDiscovery
{
    public static Neo4jServer Read(JsonElement root, Uri baseUri, string database)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jException(Neo4jFailure.Protocol, null, $"{baseUri} did not answer like a Neo4j server (its root is not a JSON object).");
        }

        var version = ParseVersion(Text(root, "neo4j_version"));
        var edition = Text(root, "neo4j_edition");
        if (Text(root, "query") is { } query)
        {
            return new Neo4jServer(Neo4jApiStyle.QueryApi, Rebase(baseUri, query, database), version ?? new Version(5, 19), edition);
        }

        if (Text(root, "transaction") is { } transaction)
        {
            return new Neo4jServer(Neo4jApiStyle.Transactional, Rebase(baseUri, transaction.TrimEnd('/') + "/commit", database), version ?? new Version(4, 0), edition);
        }

        if (Text(root, "data") is not null)
        {
            return new Neo4jServer(Neo4jApiStyle.LegacyTransactional, new Uri(baseUri, "db/data/transaction/commit"), version ?? new Version(3, 0), edition);
        }

        throw new Neo4jException(Neo4jFailure.Protocol, null, $"{baseUri} answered without a Neo4j HTTP endpoint (no 'query', 'transaction' or 'data' in its root).");
    }

    /// <summary>"5.19.0", "4.4.12-enterprise", "2025.01.0" → a version; null when absent or unreadable.</summary>
    public static Version? ParseVersion(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var numbers = text.Split('.', '-', '+')
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .TakeWhile(n => n >= 0)
            .ToArray();
        return numbers.Length switch
        {
            0 => null,
            1 => new Version(numbers[0], 0),
            _ => new Version(numbers[0], numbers[1]),
        };
    }

    private static Uri Rebase(Uri baseUri, string advertised, string database)
    {
        var path = Uri.TryCreate(advertised, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : advertised;
        path = path.Replace("%7BdatabaseName%7D", "{databaseName}", StringComparison.OrdinalIgnoreCase)
            .Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal);
        return new Uri(baseUri, path.TrimStart('/'));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
