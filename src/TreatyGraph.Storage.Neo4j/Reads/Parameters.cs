namespace TreatyGraph.Storage.Neo4j.Reads;

/// <summary>Shorthand for a statement's parameter map.</summary>
internal static class Parameters
{
    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
