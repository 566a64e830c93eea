using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Text;
using TreatyGraph.Core.Time;

namespace TreatyGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>A small hand-made graph around the Japan–Russia peace treaty question.</summary>
internal static class SampleGraph
{
    public static readonly Article Tass = Article("Abe and Putin agreed to speed up peace treaty talks. They met in Singapore.", "TASS", new DateOnly(2018, 11, 22));

    public static readonly Entity Japan = new("country:japan", EntityKind.Country, "Japan") { Aliases = [new Alias("日本", "ja"), new Alias("Япония", "ru")] };

    public static readonly Entity Russia = new("country:russia", EntityKind.Country, "Russia") { Aliases = [new Alias("Россия", "ru")] };

    public static readonly Entity SovietUnion = new("country:soviet-union", EntityKind.Country, "Soviet Union") { Aliases = [new Alias("USSR")] };

    public static readonly Entity Abe = new("person:shinzo-abe", EntityKind.Person, "Shinzō Abe") { Aliases = [new Alias("安倍晋三", "ja")] };

    public static readonly Entity Putin = new("person:vladimir-putin", EntityKind.Person, "Vladimir Putin");

    public static readonly Entity Iturup = new("territory:iturup", EntityKind.Territory, "Iturup") { Aliases = [new Alias("Etorofu", "ja-Latn"), new Alias("択捉島", "ja"), new Alias("Итуруп", "ru")] };

    public static readonly Entity Declaration = new("treaty:soviet-japanese-joint-declaration", EntityKind.Treaty, "Soviet–Japanese Joint Declaration of 1956")
    {
        Treaty = new TreatyDetails(TreatyStatus.InForce) { Signed = FuzzyDate.Parse("1956-10-19"), InForce = FuzzyDate.Parse("1956-12-12/..") },
        References = [new SourceReference(SourceKind.TreatySeries, "UNTS 263") { Identifier = "UNTS 263" }],
    };

    public static readonly Event Signing1956 = new("event:1956-declaration-signing", EventKind.Signing, EventStatus.Occurred, "Soviet–Japanese Joint Declaration signed", FuzzyDate.Parse("1956-10-19"))
    {
        Participants = [new Participant(Japan.Id, ParticipantRole.Signatory), new Participant(SovietUnion.Id, ParticipantRole.Signatory)],
        Concerns = [Declaration.Id],
        Evidence = [new Evidence("The declaration was signed in Moscow.") { Reference = new SourceReference(SourceKind.Encyclopedia, "Joint Declaration") }],
    };

    public static readonly Event Meeting2018 = new("event:2018-abe-putin-singapore", EventKind.Meeting, EventStatus.Occurred, "Abe and Putin meet in Singapore", FuzzyDate.Parse("2018-11-14"))
    {
        Participants = [new Participant(Abe.Id, ParticipantRole.Participant), new Participant(Putin.Id, ParticipantRole.Participant)],
        Concerns = [Declaration.Id],
        Evidence = [Quote(Tass, "They met in Singapore.")],
    };

    public static readonly Event PlannedTreaty = new("event:peace-treaty-signing", EventKind.Signing, EventStatus.Planned, "A peace treaty to be signed", null)
    {
        Participants = [new Participant(Japan.Id), new Participant(Russia.Id)],
    };

    public static readonly Relation AbeOffice = new(RelationType.HoldsOffice, Abe.Id, Japan.Id)
    {
        Role = "Prime Minister",
        ValidFrom = FuzzyDate.Parse("2012-12-26"),
        ValidTo = FuzzyDate.Parse("2020-09-16"),
        Evidence = [Quote(Tass, "Abe and Putin agreed to speed up peace treaty talks.")],
    };

    public static readonly Relation RussiaSucceeds = new(RelationType.SuccessorOf, Russia.Id, SovietUnion.Id) { ValidFrom = FuzzyDate.Parse("1991-12-26") };

    public static readonly Relation SovietAdministers = new(RelationType.Administers, SovietUnion.Id, Iturup.Id) { ValidFrom = FuzzyDate.Parse("1945-09"), ValidTo = FuzzyDate.Parse("1991-12-26") };

    public static readonly Relation RussiaAdministers = new(RelationType.Administers, Russia.Id, Iturup.Id) { ValidFrom = FuzzyDate.Parse("1991-12-26") };

    public static readonly Relation JapanClaims = new(RelationType.Claims, Japan.Id, Iturup.Id) { ValidFrom = FuzzyDate.Parse("1951") };

    public static GraphBatch Batch => new()
    {
        Articles = [Tass],
        Entities = [Japan, Russia, SovietUnion, Abe, Putin, Iturup, Declaration],
        Events = [Signing1956, Meeting2018, PlannedTreaty],
        Relations = [AbeOffice, RussiaSucceeds, SovietAdministers, RussiaAdministers, JapanClaims],
    };

    private static Article Article(string text, string publisher, DateOnly published) =>
        new(ArticleIds.FromText(text), publisher + " report", text)
        {
            Publisher = publisher,
            Published = published,
            IngestedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
            Sentences = SentenceSegmenter.Split(text),
        };

    private static Evidence Quote(Article article, string quote)
    {
        var start = article.Text.IndexOf(quote, StringComparison.Ordinal);
        var sentence = article.Sentences.ToList().FindIndex(s => s.Start <= start && start < s.End);
        return new Evidence(quote) { ArticleId = article.Id, SentenceIndex = sentence, Start = start, End = start + quote.Length };
    }
}
