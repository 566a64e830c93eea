using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyGraph.Core.Files.Lines;

/// <summary>
/// Source-generated JSON for the line types. Unknown properties fail the read, so a misspelt field
/// ("validfrom") is an error rather than a fact silently lost.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EntityLine))]
[JsonSerializable(typeof(EventLine))]
[JsonSerializable(typeof(RelationLine))]
[JsonSerializable(typeof(ArticleLine))]
internal sealed partial class GraphFilesJson : JsonSerializerContext
{
    /// <summary>For writing: Japanese, Cyrillic and typographic quotes stay readable instead of \u escapes.</summary>
    public static GraphFilesJson Writing { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
