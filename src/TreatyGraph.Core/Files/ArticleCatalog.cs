using System.Text;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Files.Lines;

namespace TreatyGraph.Core.Files;

/// <summary>
/// The articles of one set of graph files by key, and the translation of evidence between the file form
/// (<c>{"article":key,"quote":...}</c>) and the resolved form (article id, offsets, sentence index).
/// </summary>
internal sealed class ArticleCatalog
{
    private readonly Dictionary<string, Article> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyById = new(StringComparer.Ordinal);

    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    public bool TryGetKey(string articleId, out string? key) => _keyById.TryGetValue(articleId, out key);

    public void Add(string key, Article article)
    {
        if (_byKey.ContainsKey(key))
        {
            throw new LineException($"duplicate article key '{key}'");
        }

        if (_keyById.TryGetValue(article.Id, out var other))
        {
            throw new LineException($"article '{key}' has the same text as article '{other}' (both are {article.Id})");
        }

        _byKey.Add(key, article);
        _keyById.Add(article.Id, key);
    }

    public Evidence Resolve(EvidenceLine line, string field)
    {
        var quote = LineFields.Required(line.Quote, $"{field}.quote");
        switch (line.Article, line.Reference)
        {
            case (null, null):
                throw new LineException($"{field}: needs an 'article' (with a quote from it) or a 'reference'");
            case (not null, not null):
                throw new LineException($"{field}: give either 'article' or 'reference', not both");
            case (null, { } reference):
                return line.Start is null
                    ? new Evidence(quote) { Reference = ReferenceLines.ToReference(reference, $"{field}.reference") }
                    : throw new LineException($"{field}: 'start' only applies to article evidence");
        }

        if (!_byKey.TryGetValue(line.Article, out var article))
        {
            throw new LineException($"{field}: unknown article '{line.Article}'; {GraphFiles.ArticlesFile} defines {KnownKeys()}");
        }

        var start = line.Start is { } s ? CheckStart(article, line.Article, quote, s, field) : Find(article, line.Article, quote, field);
        return new Evidence(quote)
        {
            ArticleId = article.Id,
            SentenceIndex = SentenceIndexAt(article.Sentences, start),
            Start = start,
            End = start + quote.Length,
        };
    }

    /// <summary>The file form of resolved evidence; the offsets must still point at the quote in the article.</summary>
    public EvidenceLine ToLine(Evidence evidence)
    {
        if (evidence.ArticleId is null)
        {
            return evidence.Reference is { } reference
                ? new EvidenceLine { Reference = ReferenceLines.ToLine(reference), Quote = evidence.Quote }
                : throw new LineException("evidence has neither an article nor a reference");
        }

        if (evidence.Reference is not null)
        {
            throw new LineException("evidence has both an article and a reference; the file format holds one");
        }

        if (!_keyById.TryGetValue(evidence.ArticleId, out var key))
        {
            throw new LineException($"evidence cites {evidence.ArticleId}, which was not written before it");
        }

        var article = _byKey[key];
        var start = evidence.Start ?? Find(article, key, evidence.Quote, "evidence");
        CheckStart(article, key, evidence.Quote, start, "evidence");
        if (evidence.End is { } end && end != start + evidence.Quote.Length)
        {
            throw new LineException($"evidence in '{key}' ends at {end}, but its quote ends at {start + evidence.Quote.Length}");
        }

        var sentence = SentenceIndexAt(article.Sentences, start);
        if (evidence.SentenceIndex is { } given && given != sentence)
        {
            throw new LineException($"evidence in '{key}' says sentence {given}, but its quote starts in sentence {sentence}");
        }

        return new EvidenceLine { Article = key, Quote = evidence.Quote, Start = evidence.Start };
    }

    /// <summary>The sentence containing <paramref name="offset"/>: the last one starting at or before it.</summary>
    internal static int SentenceIndexAt(IReadOnlyList<TextSpan> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static int Find(Article article, string key, string quote, string field)
    {
        var at = article.Text.IndexOf(quote, StringComparison.Ordinal);
        if (at >= 0)
        {
            return at;
        }

        var hint = Loose(article.Text).Contains(Loose(quote), StringComparison.Ordinal)
            ? " (it differs only in quote marks, dashes or spacing: copy them from the article)"
            : string.Empty;
        throw new LineException($"{field}.quote: not found verbatim in article '{key}': \"{Shorten(quote)}\"{hint}");
    }

    private static int CheckStart(Article article, string key, string quote, int start, string field) =>
        start >= 0 && start + quote.Length <= article.Text.Length
            && string.CompareOrdinal(article.Text, start, quote, 0, quote.Length) == 0
            ? start
            : throw new LineException($"{field}.start: the quote is not at offset {start} of article '{key}': \"{Shorten(quote)}\"");

    private string KnownKeys() => _byKey.Count == 0
        ? "none"
        : string.Join(", ", _byKey.Keys.Order(StringComparer.Ordinal).Take(5).Select(k => $"'{k}'")) + (_byKey.Count > 5 ? ", …" : string.Empty);

    private static string Shorten(string quote) => quote.Length <= 80 ? quote : string.Concat(quote.AsSpan(0, 77), "…");

    private static string Loose(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '`' => '\'',
                '\u201c' or '\u201d' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }
}
