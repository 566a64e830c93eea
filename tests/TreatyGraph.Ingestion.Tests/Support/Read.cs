using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Pipeline;

namespace TreatyGraph.Ingestion.Tests.Support;

/// <summary>Runs the extraction pipeline in process on a text, with the built-in gazetteer only.</summary>
internal static class Read
{
    private static readonly Gazetteer BuiltIn = GazetteerBuilder.Build([]);

    public static Extraction Article(string text, string published = "2020-06-15", string? title = null)
    {
        var clean = ArticleCleaner.Clean(new ArticleInput(text) { Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Title = title }, 1 << 20);
        return ArticleExtractor.Extract(clean, BuiltIn, DateTimeOffset.UnixEpoch);
    }

    public static DocEntity Entity(this Extraction extraction, EntityKind kind, string name) =>
        extraction.Entities.Single(e => e.Kind == kind && e.Name == name);

    public static bool HasRelation(this Extraction extraction, RelationType type, string from, string to) =>
        extraction.Relations.Any(r => r.Type == type && r.From.Name == from && r.To.Name == to);

    public static IEnumerable<string> Names(this IEnumerable<DocEntity> entities) => entities.Select(e => e.Name);
}
