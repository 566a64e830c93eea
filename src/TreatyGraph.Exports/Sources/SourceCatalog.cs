using System.Globalization;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Exports.Sources;

/// <summary>
/// Turns evidence into <see cref="CitedEvidence"/>, looking articles up in batches (<see cref="LoadAsync"/> before
/// <see cref="Cite"/>). It remembers only titles and addresses, and forgets them past <see cref="MaxRemembered"/>
/// articles, so that a whole-graph export does not grow with the corpus.
/// </summary>
internal sealed class SourceCatalog(IGraphStore store)
{
    public const int MaxRemembered = 10_000;

    private readonly Dictionary<string, (string Source, Uri? Url)> _articles = new(StringComparer.Ordinal);

    /// <summary>Fetches the articles these evidences cite that are not yet known.</summary>
    public async Task LoadAsync(IEnumerable<Evidence> evidence, CancellationToken cancellationToken)
    {
        var missing = evidence
            .Select(e => e.ArticleId)
            .OfType<string>()
            .Where(id => !_articles.ContainsKey(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        if (_articles.Count + missing.Count > MaxRemembered)
        {
            _articles.Clear();
        }

        var found = await store.GetArticlesAsync(missing, cancellationToken);
        foreach (var id in missing)
        {
            _articles[id] = found.TryGetValue(id, out var article) ? Describe(article) : ($"article {id}", null);
        }
    }

    public IReadOnlyList<CitedEvidence> Cite(IReadOnlyList<Evidence> evidence) =>
        [.. evidence.Select(CiteOne)];

    private CitedEvidence CiteOne(Evidence evidence)
    {
        if (evidence.ArticleId is { } articleId)
        {
            var (source, url) = _articles.TryGetValue(articleId, out var known) ? known : ($"article {articleId}", null);
            return new CitedEvidence(evidence.Quote, source, url);
        }

        if (evidence.Reference is { } reference)
        {
            var source = reference.Identifier is { Length: > 0 } identifier && !reference.Title.Contains(identifier, StringComparison.Ordinal)
                ? $"{reference.Title} ({identifier})"
                : reference.Title;
            return new CitedEvidence(evidence.Quote, source, SafeUrl(reference.Url));
        }

        return new CitedEvidence(evidence.Quote, "unknown source", null);
    }

    private static (string Source, Uri? Url) Describe(Article article)
    {
        var parts = new List<string> { article.Title };
        if (!string.IsNullOrWhiteSpace(article.Publisher))
        {
            parts.Add(article.Publisher);
        }

        if (article.Published is { } published)
        {
            parts.Add(published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        return (string.Join(", ", parts), SafeUrl(article.Url));
    }

    // Only web addresses become links: a javascript: or data: "URL" in a source must never reach a page.
    internal static Uri? SafeUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
