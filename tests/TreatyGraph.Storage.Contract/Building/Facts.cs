using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Storage.Contract.Building;

/// <summary>Terse builders for test facts.</summary>
public static class Facts
{
    public static Entity Entity(string id, string name, params (string Name, string? Language)[] aliases) =>
        new(id, EntityIds.KindOf(id) ?? throw new ArgumentException($"no kind in '{id}'", nameof(id)), name)
        {
            Aliases = [.. aliases.Select(a => new Alias(a.Name, a.Language))],
        };

    public static Event Event(string id, EventKind kind, string? date, params string[] participants) =>
        new(id, kind, EventStatus.Occurred, $"{kind} {id}", date is null ? null : FuzzyDate.Parse(date))
        {
            Participants = [.. participants.Select(p => new Participant(p))],
        };

    public static Relation Relation(RelationType type, string from, string to, string? validFrom = null, string? validTo = null, string? role = null) =>
        new(type, from, to)
        {
            Role = role,
            ValidFrom = validFrom is null ? null : FuzzyDate.Parse(validFrom),
            ValidTo = validTo is null ? null : FuzzyDate.Parse(validTo),
        };

    /// <summary>Evidence quoting sentence <paramref name="sentence"/> of an article.</summary>
    public static Evidence Quote(Article article, int sentence)
    {
        var span = article.Sentences[sentence];
        return new Evidence(article.Text[span.Start..span.End])
        {
            ArticleId = article.Id,
            SentenceIndex = sentence,
            Start = span.Start,
            End = span.End,
        };
    }

    public static Evidence Cite(SourceKind kind, string title, string quote, string? identifier = null) =>
        new(quote) { Reference = new SourceReference(kind, title) { Identifier = identifier } };

    public static Article Article(string text, string title, string? published)
    {
        return new Article(ArticleIds.FromText(text), title, text)
        {
            Publisher = "Contract Wire",
            Url = $"https://example.org/{Slug(title)}",
            Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            IngestedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Sentences = Core.Text.SentenceSegmenter.Split(text),
        };
    }

    private static string Slug(string title) => EntityIds.Slug(title);
}
