using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using static TreatyGraph.Storage.Contract.Building.Facts;

namespace TreatyGraph.Storage.Contract.Building;

/// <summary>
/// The graph the read contracts run on: a small, hand-written slice of Russia–Japan history (successor
/// states, terms of office, fuzzy and undated events, multilingual names, evidence from two articles)
/// plus a fixed-seed generated crowd of officials and meetings for paging and filters. Under 200 items,
/// so that it loads quickly into a real Neo4j too.
/// </summary>
public static class ContractGraph
{
    public const string Japan = "country:japan";
    public const string Russia = "country:russia";
    public const string SovietUnion = "country:soviet-union";
    public const string UnitedStates = "country:united-states";
    public const string Abe = "person:shinzo-abe";
    public const string Putin = "person:vladimir-putin";
    public const string Medvedev = "person:dmitry-medvedev";
    public const string Hatoyama = "person:ichiro-hatoyama";
    public const string Bulganin = "person:nikolai-bulganin";
    public const string KurilIslands = "territory:kuril-islands";
    public const string Iturup = "territory:iturup";
    public const string Kunashir = "territory:kunashir";
    public const string Shikotan = "territory:shikotan";
    public const string Habomai = "territory:habomai-islands";
    public const string Declaration = "treaty:soviet-japanese-joint-declaration";
    public const string PeaceTreaty = "treaty:japan-russia-peace-treaty";
    public const string G20 = "organization:g20";
    public const string Moscow = "place:moscow";
    public const string Singapore = "place:singapore";
    public const string Osaka = "place:osaka";

    public const string Signing1956 = "event:1956-joint-declaration-signing";
    public const string InForce1956 = "event:1956-joint-declaration-in-force";
    public const string Revocation1960 = "event:1960-soviet-memorandum";
    public const string Occupation1945 = "event:1945-occupation-of-the-kurils";
    public const string Talks1955 = "event:1955-london-talks";
    public const string Singapore2018 = "event:2018-singapore-meeting";
    public const string Visit2019 = "event:2019-abe-visit-to-russia";
    public const string Osaka2019 = "event:2019-osaka-summit";
    public const string Statement2019 = "event:2019-early-statement";
    public const string Speech2022 = "event:2022-abe-speech";
    public const string UndatedTalks = "event:joint-economic-activity-talks";

    /// <summary>The first article: the Singapore meeting, told once.</summary>
    public static readonly Article SingaporeReport = Article(
        "Shinzo Abe and Vladimir Putin met in Singapore on 14 November 2018. "
        + "They agreed to speed up peace treaty talks on the basis of the 1956 declaration. "
        + "Abe plans to visit Russia in January.",
        "Abe and Putin meet in Singapore",
        "2018-11-15");

    /// <summary>The second article: the same meeting told again, and the 1956 history.</summary>
    public static readonly Article HistoryReport = Article(
        "The Soviet Union and Japan signed a joint declaration in Moscow on 19 October 1956. "
        + "In 1960 Moscow withdrew its pledge on Shikotan and the Habomai Islands. "
        + "Abe and Putin met again in Singapore in November 2018.",
        "Sixty years of a declaration",
        "2018-11-20");

    /// <summary>An article without a publication date: listed after every dated one.</summary>
    public static readonly Article UndatedNote = Article(
        "Talks on joint economic activity on the islands went on without a fixed date.",
        "A note on joint economic activity",
        null);

    // Declared before Batch: static initializers run in text order and Build() sets it.
    private static List<string> _generatedPersons = [];

    public static GraphBatch Batch { get; } = Build();

    /// <summary>The generated officials (persons), in id order.</summary>
    public static IReadOnlyList<string> GeneratedPersons => _generatedPersons;

    private static GraphBatch Build()
    {
        var entities = new List<Entity>
        {
            Entity(Japan, "Japan", ("日本", "ja"), ("Япония", "ru")),
            Entity(Russia, "Russia", ("Russian Federation", "en"), ("Россия", "ru"), ("ロシア", "ja")),
            Entity(SovietUnion, "Soviet Union", ("USSR", "en"), ("Советский Союз", "ru")),
            Entity(UnitedStates, "United States", ("USA", "en")),
            Entity(Abe, "Shinzo Abe", ("Shinzō Abe", "en"), ("安倍晋三", "ja")),
            Entity(Putin, "Vladimir Putin", ("Владимир Путин", "ru")),
            Entity(Medvedev, "Dmitry Medvedev", ("Дмитрий Медведев", "ru")),
            Entity(Hatoyama, "Ichiro Hatoyama", ("鳩山一郎", "ja")),
            Entity(Bulganin, "Nikolai Bulganin", ("Николай Булганин", "ru")),
            Entity(KurilIslands, "Kuril Islands", ("Курильские острова", "ru"), ("千島列島", "ja")),
            Entity(Iturup, "Iturup", ("Etorofu", "ja-Latn"), ("択捉島", "ja"), ("Итуруп", "ru")),
            Entity(Kunashir, "Kunashir", ("Kunashiri", "ja-Latn"), ("国後島", "ja"), ("Кунашир", "ru")),
            Entity(Shikotan, "Shikotan", ("色丹島", "ja"), ("Шикотан", "ru")),
            Entity(Habomai, "Habomai Islands", ("歯舞群島", "ja"), ("Хабомаи", "ru")),
            Entity(Declaration, "Soviet–Japanese Joint Declaration") with
            {
                Treaty = new TreatyDetails(TreatyStatus.InForce)
                {
                    Signed = Core.Time.FuzzyDate.Parse("1956-10-19"),
                    InForce = Core.Time.FuzzyDate.Parse("1956-12-12/.."),
                },
                References = [new SourceReference(SourceKind.TreatySeries, "UNTS vol. 263") { Identifier = "UNTS 263" }],
            },
            Entity(PeaceTreaty, "Japan–Russia Peace Treaty") with { Treaty = new TreatyDetails(TreatyStatus.Unsigned) },
            Entity(G20, "Group of Twenty", ("G20", null)),
            Entity(Moscow, "Moscow", ("Москва", "ru")),
            Entity(Singapore, "Singapore"),
            Entity(Osaka, "Osaka", ("大阪", "ja")),
        };

        var treatyText = Cite(SourceKind.TreatyText, "Joint Declaration, 19 October 1956", "The Union of Soviet Socialist Republics agrees to transfer to Japan the Habomai Islands and the island of Shikotan.");
        var wikidata = Cite(SourceKind.Wikidata, "Wikidata", "position held", "Q132345");
        var events = new List<Event>
        {
            Event(Occupation1945, EventKind.Annexation, "1945-08/1945-09", SovietUnion) with { Concerns = [KurilIslands], Evidence = [wikidata] },
            Event(Talks1955, EventKind.Negotiation, "1955/1956", SovietUnion, Japan) with { Evidence = [wikidata] },
            Event(Signing1956, EventKind.Signing, "1956-10-19", SovietUnion, Japan, Hatoyama, Bulganin) with
            {
                PlaceId = Moscow,
                Concerns = [Declaration, Shikotan, Habomai],
                Evidence = [Quote(HistoryReport, 0), treatyText],
            },
            Event(InForce1956, EventKind.Ratification, "1956-12-12", SovietUnion, Japan) with { Concerns = [Declaration], Evidence = [treatyText] },
            Event(Revocation1960, EventKind.Revocation, "1960-01-27", SovietUnion) with
            {
                Concerns = [Declaration, Shikotan, Habomai],
                Evidence = [Quote(HistoryReport, 1)],
            },
            Event(Singapore2018, EventKind.Meeting, "2018-11-14", Abe, Putin) with
            {
                PlaceId = Singapore,
                Concerns = [PeaceTreaty],
                Evidence = [Quote(SingaporeReport, 0)],
            },
            Event(Visit2019, EventKind.Visit, "2019-01", Abe) with
            {
                Status = EventStatus.Planned,
                Participants = [new Participant(Abe, ParticipantRole.Visitor), new Participant(Russia, ParticipantRole.Host)],
                Evidence = [Quote(SingaporeReport, 2)],
            },
            Event(Osaka2019, EventKind.Summit, "2019-06-28", Abe, Putin, UnitedStates) with
            {
                Status = EventStatus.Planned,
                PlaceId = Osaka,
                Concerns = [G20],
                Evidence = [wikidata],
            },
            Event(Statement2019, EventKind.Statement, "2019-37", Putin) with { Concerns = [PeaceTreaty], Evidence = [wikidata] },
            Event(Speech2022, EventKind.Statement, "2022-07-08", Abe) with { Concerns = [KurilIslands], Evidence = [wikidata] },
            Event(UndatedTalks, EventKind.Negotiation, null, Japan, Russia) with { Concerns = [KurilIslands], Evidence = [Quote(UndatedNote, 0)] },
        };

        var relations = new List<Relation>
        {
            Relation(RelationType.HoldsOffice, Abe, Japan, "2006-09-26", "2007-09-26", "Prime Minister"),
            Relation(RelationType.HoldsOffice, Abe, Japan, "2012-12-26", "2020-09-16", "Prime Minister"),
            Relation(RelationType.HoldsOffice, Putin, Russia, "2000-05-07", "2008-05-07", "President"),
            Relation(RelationType.HoldsOffice, Putin, Russia, "2012-05-07", null, "President"),
            Relation(RelationType.HoldsOffice, Medvedev, Russia, "2008-05-07", "2012-05-07", "President"),
            Relation(RelationType.HoldsOffice, Hatoyama, Japan, "1954-12-10", "1956-12-23", "Prime Minister"),
            Relation(RelationType.HoldsOffice, Bulganin, SovietUnion, "1955-02-08", "1958-03-27", "Premier"),
            Relation(RelationType.SuccessorOf, Russia, SovietUnion, "1991-12-26"),
            Relation(RelationType.Administers, SovietUnion, Kunashir, "1945-09", "1991-12-26"),
            Relation(RelationType.Administers, Russia, Kunashir, "1991-12-26"),
            Relation(RelationType.Administers, SovietUnion, Iturup, "1945-09", "1991-12-26"),
            Relation(RelationType.Administers, Russia, Iturup, "1991-12-26"),
            Relation(RelationType.Claims, Japan, Kunashir, "1951-09-08"),
            Relation(RelationType.Claims, Japan, Iturup, "1951-09-08"),
            Relation(RelationType.Claims, Japan, Shikotan, "1951-09-08"),
            Relation(RelationType.Claims, Japan, Habomai, "1951-09-08"),
            Relation(RelationType.PartOf, Iturup, KurilIslands),
            Relation(RelationType.PartOf, Kunashir, KurilIslands),
            Relation(RelationType.PartyTo, Japan, Declaration, "1956-12-12"),
            Relation(RelationType.PartyTo, SovietUnion, Declaration, "1956-12-12"),
            Relation(RelationType.Signed, Hatoyama, Declaration, "1956-10-19"),
            Relation(RelationType.Signed, Bulganin, Declaration, "1956-10-19"),
            Relation(RelationType.Concerns, Declaration, Shikotan),
            Relation(RelationType.Concerns, Declaration, Habomai),
            Relation(RelationType.MemberOf, Japan, G20, "1999"),
            Relation(RelationType.MemberOf, Russia, G20, "1999"),
            Relation(RelationType.MemberOf, UnitedStates, G20, "1999"),
            Relation(RelationType.LocatedIn, Moscow, Russia, "1991-12-26"),
            Relation(RelationType.LocatedIn, Moscow, SovietUnion, "1922-12-30", "1991-12-26"),
        };
        relations = [.. relations.Select(r => r with { Evidence = [wikidata] })];

        AddGeneratedCrowd(entities, events, relations);
        return new GraphBatch
        {
            Articles = [SingaporeReport, HistoryReport, UndatedNote],
            Entities = entities,
            Events = events,
            Relations = relations,
        };
    }

    // Officials of two invented states meeting at dates of every precision, for paging, ANY/ALL and
    // stand windows over more than a handful of events.
    private static void AddGeneratedCrowd(List<Entity> entities, List<Event> events, List<Relation> relations)
    {
        var faker = new Faker("en") { Random = new Randomizer(20181114) };
        string[] states = ["country:northland", "country:southland"];
        entities.Add(Entity(states[0], "Northland"));
        entities.Add(Entity(states[1], "Southland"));
        var persons = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var name = $"{faker.Name.FirstName()} {faker.Name.LastName()} {i}";
            var id = EntityIds.For(EntityKind.Person, name);
            persons.Add(id);
            entities.Add(Entity(id, name));
            var start = 1990 + (i * 4);
            relations.Add(Relation(RelationType.HoldsOffice, id, states[i % 2], $"{start}-03", $"{start + 4}-02-15", "Minister"));
        }

        _generatedPersons = [.. persons.Order(StringComparer.Ordinal)];
        string[] precisions = ["yyyy", "yyyy-MM", "yyyy-MM-dd", "yyyy-MM-dd", "yyyy-21"];
        for (var i = 0; i < 40; i++)
        {
            var day = faker.Date.Between(new DateTime(1988, 1, 1), new DateTime(2024, 12, 31));
            var format = faker.PickRandom(precisions);
            var date = format == "yyyy-21"
                ? day.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture) + "-" + faker.Random.Int(21, 24).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : day.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
            var who = faker.PickRandom(persons, faker.Random.Int(1, 3)).ToArray();
            var kind = faker.PickRandom(EventKind.Meeting, EventKind.Visit, EventKind.Statement, EventKind.Negotiation);
            events.Add(Event($"event:generated-{i:00}", kind, date, who) with
            {
                Status = faker.Random.Bool(0.8f) ? EventStatus.Occurred : EventStatus.Planned,
                Concerns = faker.Random.Bool(0.3f) ? [faker.PickRandom(states)] : [],
                Evidence = [Quote(SingaporeReport, faker.Random.Int(0, SingaporeReport.Sentences.Count - 1))],
            });
        }

        events.Add(Event("event:generated-undated", EventKind.Meeting, null, persons[0], persons[1]));
    }
}
