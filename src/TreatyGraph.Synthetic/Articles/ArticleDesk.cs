using System.Globalization;
using System.Text;
using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;
using TreatyGraph.Synthetic.Stories;

namespace TreatyGraph.Synthetic.Articles;

/// <summary>
/// Writes stories up as articles of three to eight fact sentences in short paragraphs, sometimes after a
/// lead sentence that states no fact, and points each fact's evidence at its sentence: the quote is the
/// sentence verbatim, the index and offsets those of <see cref="SentenceSegmenter"/> (checked, so a
/// sentence the segmenter would split differently is a generator bug, not a silent misquote).
/// </summary>
internal sealed class ArticleDesk(Randomizer random)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _articles;

    public SyntheticChunk Publish(Story story)
    {
        var articles = new List<SyntheticArticle>();
        var events = new List<Event>();
        var relations = new List<Relation>();
        var group = new List<FactDraft>();
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        var target = random.Int(3, 8);
        var part = 0;
        foreach (var fact in story.Facts)
        {
            if (group.Count >= target || sentences.Contains(fact.Sentence))
            {
                Write(story, group, ++part, articles, events, relations);
                group.Clear();
                sentences.Clear();
                target = random.Int(3, 8);
            }

            group.Add(fact);
            sentences.Add(fact.Sentence);
        }

        if (group.Count > 0)
        {
            Write(story, group, part == 0 ? 0 : ++part, articles, events, relations);
        }

        return new SyntheticChunk(articles, events, relations);
    }

    private void Write(Story story, List<FactDraft> facts, int part, List<SyntheticArticle> articles, List<Event> events, List<Relation> relations)
    {
        var pick = random.Int(0, Publishers.All.Count - 1);
        var lead = random.Bool(0.4f);
        var paragraphs = Enumerable.Range(0, facts.Count + 1).Select(_ => random.Int(1, 3)).ToList();
        var publisher = Publishers.All[pick];
        var (_, body, offsets) = Compose(facts, publisher, lead ? $"This report was compiled by the foreign desk of {publisher.Name}." : null, paragraphs);

        // Two articles with one text would be one article: a numbered dispatch line tells them apart.
        if (!_ids.Add(ArticleIds.FromText(body)))
        {
            var dispatch = string.Create(CultureInfo.InvariantCulture, $"This is dispatch {_articles + 1} of {publisher.Name}.");
            (publisher, body, offsets) = Compose(facts, publisher, dispatch, paragraphs);
            _ids.Add(ArticleIds.FromText(body));
        }

        var spans = SentenceSegmenter.Split(body);

        var key = string.Create(CultureInfo.InvariantCulture, $"{story.Published:yyyy-MM-dd}-{publisher.Slug}-{++_articles:D7}");
        var article = new Article(ArticleIds.FromText(body), part == 0 ? story.Headline : $"{story.Headline} (part {part})", body)
        {
            Publisher = publisher.Name,
            Url = $"https://news.example.org/{key}",
            Published = story.Published,
            Language = "en",
            IngestedAt = new DateTimeOffset(story.Published.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero),
            Sentences = spans,
        };
        articles.Add(new SyntheticArticle(key, article));

        for (var i = 0; i < facts.Count; i++)
        {
            var evidence = Evidence(article, spans, offsets[i], facts[i].Sentence);
            if (facts[i].Event is { } e)
            {
                events.Add(e with { Evidence = [evidence] });
            }
            else if (facts[i].Relation is { } r)
            {
                relations.Add(r with { Evidence = [evidence] });
            }
        }
    }

    private static ((string Name, string Slug) Publisher, string Body, List<int> Offsets) Compose(
        List<FactDraft> facts,
        (string Name, string Slug) publisher,
        string? lead,
        List<int> paragraphs)
    {
        var text = new StringBuilder();
        var offsets = new List<int>(facts.Count);
        text.Append(lead);

        var inParagraph = text.Length > 0 ? 1 : 0;
        var next = 0;
        var paragraph = paragraphs[next];
        foreach (var fact in facts)
        {
            if (text.Length > 0)
            {
                if (inParagraph >= paragraph)
                {
                    text.Append("\n\n");
                    inParagraph = 0;
                    paragraph = paragraphs[++next];
                }
                else
                {
                    text.Append(' ');
                }
            }

            offsets.Add(text.Length);
            text.Append(fact.Sentence);
            inParagraph++;
        }

        return (publisher, text.ToString(), offsets);
    }

    private static Evidence Evidence(Article article, IReadOnlyList<TextSpan> spans, int start, string sentence)
    {
        var end = start + sentence.Length;
        for (var index = 0; index < spans.Count; index++)
        {
            if (spans[index].Start == start && spans[index].End == end)
            {
                return new Evidence(sentence) { ArticleId = article.Id, SentenceIndex = index, Start = start, End = end };
            }
        }

        throw new InvalidOperationException($"The segmenter does not read '{sentence}' as one sentence of article {article.Id}.");
    }
}
