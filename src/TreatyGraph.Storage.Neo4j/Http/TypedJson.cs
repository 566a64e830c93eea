using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TreatyGraph.Storage.Neo4j.Http;

/// <summary>
/// Turns the Query API's typed JSON (<c>{"$type":"Integer","_value":"42"}</c>) into the plain JSON the rest of
/// the store reads, the same shape the transactional endpoint gives: integers as numbers, temporal values as
/// their ISO text, nodes as <c>{elementId, labels, properties}</c>, relationships as
/// <c>{elementId, startNodeElementId, endNodeElementId, type, properties}</c>, paths as a list of those.
/// </summary>
internal static class TypedJson
{
    public static JsonNode? ToPlain(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("$type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw Malformed(value, "a {\"$type\", \"_value\"} object");
        }

        var type = typeElement.GetString()!;
        var inner = value.TryGetProperty("_value", out var v) ? v : default;
        return type switch
        {
            "Null" => null,
            "Boolean" => JsonValue.Create(inner.GetBoolean()),
            "Integer" => JsonValue.Create(ParseInteger(inner)),
            "Float" => FloatValue(inner),
            "String" or "Base64" or "Point"
                or "Date" or "Time" or "LocalTime" or "DateTime" or "OffsetDateTime" or "ZonedDateTime"
                or "LocalDateTime" or "Duration" => JsonValue.Create(inner.GetString()),
            "List" => new JsonArray(inner.EnumerateArray().Select(ToPlain).ToArray()),
            "Map" => Map(inner),
            "Node" => Node(inner),
            "Relationship" => Relationship(inner),
            "Path" => new JsonArray(inner.EnumerateArray().Select(ToPlain).ToArray()),
            _ => throw Malformed(value, "a known Query API type"),
        };
    }

    private static long ParseInteger(JsonElement inner) => inner.ValueKind switch
    {
        JsonValueKind.String => long.Parse(inner.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        JsonValueKind.Number => inner.GetInt64(),
        _ => throw Malformed(inner, "an integer"),
    };

    private static JsonValue? FloatValue(JsonElement inner)
    {
        var number = inner.ValueKind == JsonValueKind.String
            ? double.Parse(inner.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : inner.GetDouble();

        // Plain JSON has no NaN or infinities; the store never stores them, so they read as null.
        return double.IsFinite(number) ? JsonValue.Create(number) : null;
    }

    private static JsonObject Map(JsonElement inner)
    {
        var map = new JsonObject();
        foreach (var property in inner.EnumerateObject())
        {
            map[property.Name] = ToPlain(property.Value);
        }

        return map;
    }

    private static JsonObject Node(JsonElement inner) => new()
    {
        ["elementId"] = inner.GetProperty("_element_id").GetString(),
        ["labels"] = new JsonArray(inner.GetProperty("_labels").EnumerateArray().Select(l => (JsonNode?)JsonValue.Create(l.GetString())).ToArray()),
        ["properties"] = Map(inner.GetProperty("_properties")),
    };

    private static JsonObject Relationship(JsonElement inner) => new()
    {
        ["elementId"] = inner.GetProperty("_element_id").GetString(),
        ["startNodeElementId"] = inner.GetProperty("_start_node_element_id").GetString(),
        ["endNodeElementId"] = inner.GetProperty("_end_node_element_id").GetString(),
        ["type"] = inner.GetProperty("_type").GetString(),
        ["properties"] = Map(inner.GetProperty("_properties")),
    };

    private static Neo4jException Malformed(JsonElement value, string expected) =>
        new(Neo4jFailure.Protocol, null, $"The Query API sent {Shorten(value.GetRawText())} where typed JSON has {expected}.");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
