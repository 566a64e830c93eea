using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyGraph.Storage.Neo4j.Documents;

/// <summary>How documents are written into and read from the <c>doc</c> property.</summary>
internal static class DocumentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Read<T>(JsonElement value)
    {
        var text = value.GetString()
            ?? throw new Neo4jException(Neo4jFailure.Protocol, null, "A node without its 'doc' property; was it written by another program?");
        return JsonSerializer.Deserialize<T>(text, Options)
            ?? throw new Neo4jException(Neo4jFailure.Protocol, null, "A node whose 'doc' property is null.");
    }
}
