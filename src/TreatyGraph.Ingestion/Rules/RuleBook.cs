using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyGraph.Ingestion.Rules;

/// <summary>
/// Every word list and cue the pipeline uses, read once from the JSON files embedded under Rules/. Changing
/// what the extractor recognises means editing those files, not code.
/// </summary>
internal sealed class RuleBook
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<RuleBook> Shared = new(Load);

    public static RuleBook Default => Shared.Value;

    public required IReadOnlyList<CountryRule> Countries { get; init; }

    public required IReadOnlyList<NamedRule> Organizations { get; init; }

    public required IReadOnlyList<NamedRule> Territories { get; init; }

    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>Islands, provinces and regions that are places, not disputed territories, with their other names.</summary>
    public required IReadOnlyList<NamedRule> Regions { get; init; }

    public required TitleBook Titles { get; init; }

    public required IReadOnlyList<string> GivenNames { get; init; }

    public required EventBook Events { get; init; }

    public required HistoryBook History { get; init; }

    public required RelationCues Relations { get; init; }

    public required ChromeRules Chrome { get; init; }

    public required WordBook Words { get; init; }

    private static RuleBook Load() => new()
    {
        Countries = Read<List<CountryRule>>("countries", "countries"),
        Organizations = Read<List<NamedRule>>("organizations", "organizations"),
        Territories = Read<List<NamedRule>>("territories", "territories"),
        Places = Read<List<string>>("places", "places"),
        Regions = Read<List<NamedRule>>("places", "regions"),
        Titles = Read<TitleBook>("titles", null),
        GivenNames = Read<List<string>>("given-names", "names"),
        Events = Read<EventBook>("events", null),
        History = Read<HistoryBook>("history", null),
        Relations = Read<RelationCues>("relations", null),
        Chrome = Read<ChromeRules>("chrome", null),
        Words = Read<WordBook>("words", null),
    };

    private static T Read<T>(string file, string? property)
    {
        var name = $"TreatyGraph.Ingestion.Rules.{file}.json";
        using var stream = typeof(RuleBook).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The rule file {name} is not embedded in the assembly.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var element = property is null ? document.RootElement : document.RootElement.GetProperty(property);
        return element.Deserialize<T>(Json) ?? throw new InvalidOperationException($"The rule file {name} is empty.");
    }
}
