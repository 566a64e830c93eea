namespace TreatyGraph.Cli.Stores;

/// <summary>A store named on the command line: <c>sqlite:PATH</c> or <c>neo4j:URI</c>.</summary>
internal sealed record StoreLocation(StoreProvider Provider, string Target)
{
    public static StoreLocation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? text[..colon] : "";
        var target = colon > 0 ? text[(colon + 1)..] : "";
        var provider = scheme.ToUpperInvariant() switch
        {
            "SQLITE" => StoreProvider.Sqlite,
            "NEO4J" => StoreProvider.Neo4j,
            _ => throw new FormatException($"'{text}' names no store; write sqlite:PATH (e.g. sqlite:data/treatygraph.db) or neo4j:URI (e.g. neo4j:http://localhost:7474)."),
        };
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new FormatException($"'{text}' names no {(provider == StoreProvider.Sqlite ? "file" : "server")} after '{scheme}:'.");
        }

        if (provider == StoreProvider.Neo4j
            && !(Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            throw new FormatException($"'{target}' is not an http(s) URL; the Neo4j store talks HTTP (neo4j:http://localhost:7474).");
        }

        return new StoreLocation(provider, target);
    }

    public override string ToString() => $"{Provider.ToString().ToLowerInvariant()}:{Target}";
}
