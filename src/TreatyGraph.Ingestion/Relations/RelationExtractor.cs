using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Events;
using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Relations;

/// <summary>
/// Relations that follow from what was already read: offices held (from titles), who signed and who is party to
/// a treaty (from signings and ratifications), and who administers a territory from when (from annexations).
/// Relations read from cue phrases are <see cref="CueRelations"/>'s.
/// </summary>
internal static class RelationExtractor
{
    public static IEnumerable<RelationDraft> FromOffices(IEnumerable<DocEntity> entities, DocEntity? homeCountry) =>
        FromOffices(entities, homeCountry, [], (_, _) => false);

    /// <summary>
    /// Offices held. An office without a state is the home country's, unless its sentence says the holder is not of
    /// that state (or of one in its line, like the Soviet Union and Russia): then it is the first state of the sentence,
    /// else of the document's most salient states, that is not excluded.
    /// </summary>
    public static IEnumerable<RelationDraft> FromOffices(IEnumerable<DocEntity> entities, DocEntity? homeCountry, IReadOnlyList<DocEntity> salient, Func<DocEntity, DocEntity, bool> sameLine)
    {
        ArgumentNullException.ThrowIfNull(salient);
        ArgumentNullException.ThrowIfNull(sameLine);
        foreach (var person in entities.Where(e => e.Kind == EntityKind.Person))
        {
            var stated = person.Offices.Any(o => o.Of is not null);
            foreach (var office in person.Offices)
            {
                if (office.Of is null && stated)
                {
                    continue; // "President Putin" after "Russian President Vladimir Putin": the office already has its state
                }

                var of = office.Of ?? homeCountry;
                if (office.Of is null && of is not null && office.NotOf.Any(n => n == of || sameLine(n, of)))
                {
                    of = office.SentenceStates.Concat(salient).FirstOrDefault(c => !office.NotOf.Any(n => n == c || sameLine(n, c)));
                }

                if (of is null)
                {
                    continue;
                }

                yield return new RelationDraft(RelationType.HoldsOffice, person, of, office.Sentence) { Role = office.Role };
            }
        }
    }

    public static IEnumerable<RelationDraft> FromEvents(IEnumerable<EventDraft> events)
    {
        foreach (var e in events.Where(e => e.Status == EventStatus.Occurred))
        {
            var treaties = e.Concerns.Where(c => c.Kind == EntityKind.Treaty).ToList();
            switch (e.Kind)
            {
                case EventKind.Signing or EventKind.Ratification or EventKind.WarEnd:
                    foreach (var treaty in treaties.Take(1))
                    {
                        foreach (var (who, _) in e.Participants)
                        {
                            if (who.Kind == EntityKind.Person && e.Kind == EventKind.Signing)
                            {
                                yield return new RelationDraft(RelationType.Signed, who, treaty, e.Sentence);
                            }

                            var state = who.Kind == EntityKind.Country ? who : who.Offices.Find(o => o.Of?.Kind == EntityKind.Country)?.Of;
                            if (state is not null)
                            {
                                yield return new RelationDraft(RelationType.PartyTo, state, treaty, e.Sentence);
                            }
                        }
                    }

                    break;
                case EventKind.Annexation:
                    foreach (var taker in e.Participants.Where(p => p.Entity.Kind == EntityKind.Country))
                    {
                        foreach (var territory in e.Concerns.Where(c => c.Kind == EntityKind.Territory))
                        {
                            yield return new RelationDraft(RelationType.Administers, taker.Entity, territory, e.Sentence) { ValidFrom = e.Date };
                        }
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
