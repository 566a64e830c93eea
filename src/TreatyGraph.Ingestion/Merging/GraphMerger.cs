using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Events;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Pipeline;

namespace TreatyGraph.Ingestion.Merging;

/// <summary>
/// Turns an extraction into one <see cref="GraphBatch"/> linked against the graph: entities the graph lacks are
/// created; an event the graph already holds (same kind and status, a participant in common, dates that agree)
/// gains this article's evidence and participants and keeps the more precise date instead of getting a twin;
/// a relation the graph already holds (see <see cref="RelationTwins"/>) gains evidence the same way. A sentence a fact already cites
/// is not cited twice, whoever quoted it. With <c>keepStoredDates</c> (reading a seed article into the
/// curated facts that already cite it) an existing event keeps its date: the curator's "2018-11" for an interview
/// published on 22 November is not narrowed to the publication day.
/// </summary>
internal sealed class GraphMerger(IGraphStore store, bool keepStoredDates = false)
{
    public Task<(GraphBatch Batch, IngestResult Result)> MergeAsync(Extraction extraction, CancellationToken cancellationToken) =>
        MergeAsync(extraction, new ArticleCitations(extraction), cancellationToken);

    public async Task<(GraphBatch Batch, IngestResult Result)> MergeAsync(Extraction extraction, ArticleCitations citations, CancellationToken cancellationToken)
    {
        var article = citations.Article;
        var known = await store.GetEntitiesAsync([.. extraction.Entities.Select(e => e.Id)], cancellationToken);
        var entities = extraction.Entities.Where(e => !known.ContainsKey(e.Id)).Select(ToEntity).ToList();

        var events = new List<Event>();
        var created = new List<string>();
        var merged = new List<string>();
        foreach (var draft in extraction.Events)
        {
            var evidence = draft.Evidence.Select(e => citations.Cite(e.Sentence)).ToList();
            var participants = draft.Participants.Select(p => new Participant(p.Entity.Id, p.Role)).ToList();
            var twin = await FindTwinAsync(draft, cancellationToken);
            if (twin is not null)
            {
                merged.Add(twin.Id);
                events.Add(twin with
                {
                    Date = keepStoredDates ? twin.Date ?? draft.Date : MorePrecise(twin.Date, draft.Date),
                    PlaceId = twin.PlaceId ?? draft.Place?.Id,
                    // A participant the event already has keeps its role: no second entry for the same entity.
                    Participants = [.. participants.Where(p => !twin.Participants.Any(q => q.EntityId == p.EntityId))],
                    Concerns = [.. draft.Concerns.Select(c => c.Id)],
                    Evidence = Uncited(twin.Evidence, evidence),
                });
                continue;
            }

            var id = EventNaming.Id(draft);
            created.Add(id);
            events.Add(new Event(id, draft.Kind, draft.Status, EventNaming.Title(draft), draft.Date)
            {
                Participants = participants,
                PlaceId = draft.Place?.Id,
                Concerns = [.. draft.Concerns.Select(c => c.Id)],
                Evidence = evidence,
            });
        }

        var twins = await RelationTwins.LoadAsync(store, extraction.Relations.Select(r => r.From.Id), cancellationToken);
        var relations = new List<Relation>();
        var createdRelations = new List<string>();
        var mergedRelations = new List<string>();
        foreach (var draft in extraction.Relations)
        {
            var stated = new Relation(draft.Type, draft.From.Id, draft.To.Id)
            {
                Role = draft.Role,
                ValidFrom = draft.ValidFrom,
                ValidTo = draft.ValidTo,
                Evidence = [citations.Cite(draft.Sentence)],
            };
            if (twins.Find(stated, article.Published) is { } twin)
            {
                var evidence = Uncited(twin.Evidence, stated.Evidence);
                if (evidence.Count > 0)
                {
                    mergedRelations.Add(twin.Id);
                    relations.Add(twin with { Evidence = evidence });
                }

                continue;
            }

            createdRelations.Add(stated.Id);
            relations.Add(stated);
            twins.Add(stated);
        }

        var batch = new GraphBatch { Articles = [article], Entities = entities, Events = events, Relations = relations };
        var result = new IngestResult(article.Id, article.Title)
        {
            IsNew = true,
            CreatedEntities = [.. entities.Select(e => e.Id)],
            CreatedEvents = created,
            MergedEvents = [.. merged.Distinct()],
            CreatedRelations = [.. createdRelations.Distinct()],
            MergedRelations = [.. mergedRelations.Distinct()],
            Unresolved = Unresolved(extraction),
            Warnings = extraction.Warnings,
        };
        return (batch, result);
    }

    private async Task<Event?> FindTwinAsync(EventDraft draft, CancellationToken cancellationToken)
    {
        var ids = draft.ParticipantEntities.Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var pages = await store.GetEventsOfAsync(ids, new PageRequest(200), cancellationToken);
        return pages.Values.SelectMany(p => p.Edges.Select(e => e.Node))
            .Where(e => e.Kind == draft.Kind && e.Status == draft.Status && DatesAgree(e.Date, draft.Date)
                && e.Participants.Any(p => ids.Contains(p.EntityId)))
            .OrderByDescending(e => e.Participants.Count(p => ids.Contains(p.EntityId)))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool DatesAgree(FuzzyDate? a, FuzzyDate? b) =>
        a is null || b is null || (a.EarliestKey <= b.LatestKey && b.EarliestKey <= a.LatestKey);

    private static FuzzyDate? MorePrecise(FuzzyDate? a, FuzzyDate? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return (long)b.LatestKey - b.EarliestKey < (long)a.LatestKey - a.EarliestKey ? b : a;
    }

    private static Entity ToEntity(DocEntity e) => new(e.Id, e.Kind, e.Name)
    {
        Aliases = [.. e.Surfaces.Where(s => !string.Equals(s, e.Name, StringComparison.Ordinal)).Select(s => new Alias(s, "en"))],
    };

    // Curated evidence may quote part of a sentence that extraction quotes whole: same citation, kept once.
    private static List<Evidence> Uncited(IReadOnlyList<Evidence> stored, IReadOnlyList<Evidence> incoming) =>
        [.. incoming.Where(e => e.ArticleId is null || e.SentenceIndex is null
            || !stored.Any(s => s.ArticleId == e.ArticleId && s.SentenceIndex == e.SentenceIndex))];

    private static List<string> Unresolved(Extraction extraction) =>
        [.. extraction.Unresolved.Select(m => $"sentence {m.SentenceIndex}: '{m.Surface(extraction.Source.Text)}'").Distinct()];
}
