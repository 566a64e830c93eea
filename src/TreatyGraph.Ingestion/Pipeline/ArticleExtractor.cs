using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;
using TreatyGraph.Ingestion.Cleaning;
using TreatyGraph.Ingestion.Coreference;
using TreatyGraph.Ingestion.Events;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Merging;
using TreatyGraph.Ingestion.Relations;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>
/// The extraction pipeline for one cleaned article, in process and deterministic: sentences and tokens, time
/// expressions, mentions, names linked against the gazetteer, then sentence by sentence coreference, events and
/// relations, then events of the article that report the same thing merged.
/// </summary>
internal static class ArticleExtractor
{
    public static Extraction Extract(CleanArticle source, Gazetteer gazetteer, DateTimeOffset ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var rules = Lexicon.Default.Rules;
        var text = SegmentedText.Segment(source.Text, source.Title);
        var warnings = new List<string>();
        if (source.Published is null)
        {
            warnings.Add("No publication date was given or found in the document; relative dates ('on Monday', 'next year') are left unresolved.");
        }

        var times = TimeExpressions.Find(source.Text, source.Published);
        var context = new MentionContext(gazetteer, Lexicon.Default, source.Dateline);
        var (scans, periods) = MentionFinder.Find(text, context);
        var entities = new DocumentEntities();
        NameLinker.Link(scans, entities, source.Text);

        var named = scans.SelectMany(s => s.Mentions).Where(m => m.Kind == EntityKind.Treaty).Select(m => (m.Start, m.End)).ToList();
        var dating = times.Where(t => !named.Exists(n => t.Start >= n.Start && t.End <= n.End)).ToList();
        var timeline = new TimeLine(text, dating, periods, source.Published, source.Dateline?.End ?? 0);
        var discourse = new Discourse();
        var treaties = new TreatyResolver(entities, discourse, gazetteer, source.Text);
        var resolver = new SentenceResolver(entities, discourse, treaties, source.Text);
        var events = new EventExtractor(rules.Events, timeline, discourse);
        var cues = new CueRelations(rules.Relations, discourse, timeline, name =>
            gazetteer.Match(name).FirstOrDefault(e => e.Kind == EntityKind.Country && e.Role == NameRole.Name) is { } state
                ? entities.Get(EntityKind.Country, state.CanonicalName, state.EntityId)
                : null);
        var relations = new List<RelationDraft>();
        cues.DatelineCity = source.Dateline is null ? null : entities.All.Find(e => e.Kind == EntityKind.Place && e.Mentions.Exists(m => m.Start == source.Dateline.Start));
        foreach (var scan in scans)
        {
            var clauses = new ClauseMap(scan.Sentence);
            resolver.Resolve(scan, clauses, timeline.ContextKey(scan.Sentence.Index));
            events.Extract(scan, clauses);
            relations.AddRange(cues.Read(scan, clauses));
        }

        if (Environment.GetEnvironmentVariable("TREATYGRAPH_TRACE") == "1")
        {
            ExtractionTrace.Write(scans, source.Text, Console.Error);
        }

        var merged = DraftMerger.Merge(events.Drafts);
        var used = entities.All.Where(e => e.Mentions.Count > 0).ToList();
        foreach (var treaty in used.Where(e => e.Kind == EntityKind.Treaty))
        {
            TreatyNaming.Name(treaty, gazetteer);
        }

        var home = HomeCountry(source, gazetteer, entities, discourse);
        relations.AddRange(RelationExtractor.FromOffices(used, home, discourse.SalientCountries(4), (a, b) => SameLine(rules, a, b)));
        relations.AddRange(RelationExtractor.FromEvents(merged));
        relations.AddRange(cues.NamingClaims(relations));

        var article = new Article(ArticleIds.FromText(source.Text), source.Title ?? string.Empty, source.Text)
        {
            Publisher = source.Publisher,
            Url = source.Url,
            Published = source.Published,
            Language = source.Language,
            IngestedAt = ingestedAt,
            Sentences = [.. text.Sentences.Select(s => new TextSpan(s.Start, s.End))],
        };
        return new Extraction(source, article, text)
        {
            Entities = used,
            Events = merged,
            Relations = Distinct(relations),
            Warnings = warnings,
            Unresolved = [.. scans.SelectMany(s => s.Mentions).Where(m => (m.Form == MentionForm.Anaphor || m.Anaphor == AnaphorKind.Person) && m.Referents.Count == 0 && !m.Possessor)],
        };
    }

    // A wire story's unmarked offices belong to the country of its dateline ("TOKYO -- Foreign Minister X"), else to the state it talks about most.
    private static DocEntity? HomeCountry(CleanArticle source, Gazetteer gazetteer, DocumentEntities entities, Discourse discourse)
    {
        if (source.Dateline is { } line)
        {
            var seat = gazetteer.Match(line.CityName).Where(e => e.Role == NameRole.Seat).OrderByDescending(e => e.ToKey).FirstOrDefault();
            if (seat is not null)
            {
                return entities.Get(EntityKind.Country, seat.CanonicalName, seat.EntityId);
            }
        }

        var top = discourse.SalientCountries(1);
        return top.Count > 0 ? top[0] : null;
    }

    // The Soviet Union and Russia (or the Russian Empire) are one line of states: they share a seat of government.
    private static bool SameLine(Rules.RuleBook rules, DocEntity a, DocEntity b)
    {
        var seatsOfA = rules.Countries.Where(c => c.Name == a.Name).SelectMany(c => c.Seats).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return rules.Countries.Where(c => c.Name == b.Name).SelectMany(c => c.Seats).Any(s => seatsOfA.Contains(s.Name));
    }

    private static List<RelationDraft> Distinct(List<RelationDraft> relations)
    {
        var seen = new HashSet<(RelationType, DocEntity, DocEntity)>();
        var result = new List<RelationDraft>();
        foreach (var r in relations)
        {
            if (r.From != r.To && seen.Add((r.Type, r.From, r.To)))
            {
                result.Add(r);
            }
        }

        return result;
    }

    internal static string Fold(string s) => NameFolding.Fold(s);
}
