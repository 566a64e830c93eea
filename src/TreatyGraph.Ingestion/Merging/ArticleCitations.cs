using System.Text;
using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Pipeline;

namespace TreatyGraph.Ingestion.Merging;

/// <summary>
/// Evidence for the sentences of an extraction. Normally it cites the extracted article itself. When the article is
/// already in the graph under its own text (a seed article, kept verbatim with the page furniture the cleaner drops),
/// each sentence is found in that text instead, so the evidence cites the stored article at its own offsets and
/// sentence indexes and joins the curated evidence of the same document rather than a second copy of it.
/// </summary>
internal sealed class ArticleCitations
{
    private readonly Extraction _extraction;
    private readonly Article? _stored;
    private readonly string _folded = string.Empty;
    private readonly int[] _origin = [];
    private int _cursor;

    public ArticleCitations(Extraction extraction, Article? stored = null)
    {
        _extraction = extraction;
        _stored = stored;
        if (stored is not null)
        {
            (_folded, _origin) = Fold(stored.Text);
        }
    }

    /// <summary>The article the evidence names: the stored one when given.</summary>
    public Article Article => _stored ?? _extraction.Article;

    public Evidence Cite(int sentence)
    {
        var s = _extraction.Text.Sentences[sentence];
        if (_stored is null)
        {
            return new Evidence(s.Text) { ArticleId = _extraction.Article.Id, SentenceIndex = sentence, Start = s.Start, End = s.End };
        }

        var (needle, _) = Fold(s.Text);
        var at = needle.Length == 0 ? -1 : _folded.IndexOf(needle, _cursor, StringComparison.Ordinal);
        if (at < 0 && needle.Length > 0)
        {
            at = _folded.IndexOf(needle, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            // The cleaner changed more than white space; cite the sentence's words without a position.
            return new Evidence(s.Text) { ArticleId = _stored.Id };
        }

        _cursor = at;
        var start = _origin[at];
        var end = _origin[at + needle.Length - 1] + 1;
        return new Evidence(_stored.Text[start..end])
        {
            ArticleId = _stored.Id,
            SentenceIndex = SentenceAt(_stored.Sentences, start),
            Start = start,
            End = end,
        };
    }

    private static int? SentenceAt(IReadOnlyList<TextSpan> sentences, int offset)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (offset >= sentences[i].Start && offset < sentences[i].End)
            {
                return i;
            }
        }

        return null;
    }

    // Runs of white space (line breaks, no-break spaces) become one space, as the cleaner makes them; each kept
    // character remembers its offset in the original text.
    private static (string Folded, int[] Origin) Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                origin.Add(i - 1);
                space = false;
            }

            sb.Append(c);
            origin.Add(i);
        }

        return (sb.ToString(), [.. origin]);
    }
}
