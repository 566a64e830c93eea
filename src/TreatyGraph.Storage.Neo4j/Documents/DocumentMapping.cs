using System.Globalization;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Storage.Neo4j.Documents;

/// <summary>Domain records to stored documents and back, by hand.</summary>
internal static class DocumentMapping
{
    public static EntityDocument ToDocument(this Entity e) => new(
        e.Id,
        WireNames.Of(e.Kind),
        e.Name,
        e.Aliases.Select(a => new AliasDocument(a.Name, a.Language)).ToArray(),
        e.WikidataId,
        e.Description,
        e.References.Select(ToDocument).ToArray(),
        e.Treaty is { } t ? new TreatyDocument(t.Status.ToString(), ToDocument(t.Signed), ToDocument(t.InForce)) : null);

    public static Entity ToDomain(this EntityDocument d) => new(d.Id, WireNames.ParseEntityKind(d.Kind), d.Name)
    {
        Aliases = d.Aliases.Select(a => new Alias(a.Name, a.Lang)).ToArray(),
        WikidataId = d.WikidataId,
        Description = d.Description,
        References = d.References.Select(ToDomain).ToArray(),
        Treaty = d.Treaty is { } t
            ? new TreatyDetails(Enum.Parse<TreatyStatus>(t.Status)) { Signed = ToDomain(t.Signed), InForce = ToDomain(t.InForce) }
            : null,
    };

    public static EventDocument ToDocument(this Event e) => new(
        e.Id,
        WireNames.Of(e.Kind),
        WireNames.Of(e.Status),
        e.Title,
        ToDocument(e.Date),
        e.Participants.Select(p => new ParticipantDocument(p.EntityId, WireNames.Of(p.Role))).ToArray(),
        e.PlaceId,
        e.Concerns.ToArray(),
        e.Evidence.Select(ToDocument).ToArray());

    public static Event ToDomain(this EventDocument d) =>
        new(d.Id, WireNames.ParseEventKind(d.Kind), WireNames.ParseEventStatus(d.Status), d.Title, ToDomain(d.Date))
        {
            Participants = d.Participants.Select(p => new Participant(p.Id, WireNames.ParseParticipantRole(p.Role))).ToArray(),
            PlaceId = d.Place,
            Concerns = d.Concerns.ToArray(),
            Evidence = d.Evidence.Select(ToDomain).ToArray(),
        };

    public static RelationDocument ToDocument(this Relation r) => new(
        WireNames.Of(r.Type),
        r.FromId,
        r.ToId,
        r.Role,
        ToDocument(r.ValidFrom),
        ToDocument(r.ValidTo),
        r.Evidence.Select(ToDocument).ToArray());

    public static Relation ToDomain(this RelationDocument d) => new(WireNames.ParseRelationType(d.Type), d.From, d.To)
    {
        Role = d.Role,
        ValidFrom = ToDomain(d.ValidFrom),
        ValidTo = ToDomain(d.ValidTo),
        Evidence = d.Evidence.Select(ToDomain).ToArray(),
    };

    public static ArticleDocument ToDocument(this Article a) => new(
        a.Id,
        a.Title,
        a.Text,
        a.Publisher,
        a.Url,
        a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.Language,
        a.IngestedAt,
        a.Sentences.Select(s => new[] { s.Start, s.End }).ToArray());

    public static Article ToDomain(this ArticleDocument d) => new(d.Id, d.Title, d.Text)
    {
        Publisher = d.Publisher,
        Url = d.Url,
        Published = d.Published is null ? null : DateOnly.ParseExact(d.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Language = d.Language,
        IngestedAt = d.IngestedAt,
        Sentences = d.Sentences.Select(s => new TextSpan(s[0], s[1])).ToArray(),
    };

    private static EvidenceDocument ToDocument(Evidence e) =>
        new(e.Quote, e.ArticleId, e.SentenceIndex, e.Start, e.End, e.Reference is null ? null : ToDocument(e.Reference));

    private static Evidence ToDomain(EvidenceDocument d) => new(d.Quote)
    {
        ArticleId = d.Article,
        SentenceIndex = d.Sentence,
        Start = d.Start,
        End = d.End,
        Reference = d.Reference is null ? null : ToDomain(d.Reference),
    };

    private static ReferenceDocument ToDocument(SourceReference r) => new(r.Kind.ToString(), r.Title, r.Url, r.Identifier);

    private static SourceReference ToDomain(ReferenceDocument d) =>
        new(Enum.Parse<SourceKind>(d.Kind), d.Title) { Url = d.Url, Identifier = d.Identifier };

    private static DateDocument? ToDocument(FuzzyDate? date) => date is null ? null : new DateDocument(date.Edtf, date.Phrase);

    private static FuzzyDate? ToDomain(DateDocument? d) => d is null ? null : FuzzyDate.Parse(d.Edtf) with { Phrase = d.Phrase };
}
