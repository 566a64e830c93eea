using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Rules;

namespace TreatyGraph.Ingestion.Events;

/// <summary>Reads participants, place and concerns of a trigger's clause according to the trigger's frame.</summary>
internal static class FrameReader
{
    private static readonly string[] Locatives = ["in", "at", "of"];

    public static void Read(TriggerMatch trigger, EventDraft draft, ClauseActors actors)
    {
        var scan = actors.Scan;
        var subject = actors.Subject(trigger.First).SelectMany(m => m.Referents).Distinct().ToList();
        var objects = actors.Objects(trigger.Last).ToList();
        switch (trigger.Rule.Frame)
        {
            case TriggerFrame.Visit:
                ReadVisit(trigger, draft, actors, subject, objects);
                break;
            case TriggerFrame.Host:
                subject.ForEach(s => draft.AddParticipant(s, ParticipantRole.Host));
                var guest = objects.FirstOrDefault(m => m.Referents.Any(e => e.Kind is EntityKind.Person or EntityKind.Country) && !Coreference.MentionRoles.IsTitlePrefix(scan, m));
                if (guest is null)
                {
                    draft.Participants.Clear();
                    return;
                }

                guest.Referents.ToList().ForEach(g => draft.AddParticipant(g, ParticipantRole.Visitor));
                draft.Place = PlaceIn(scan, objects) ?? subject.Select(HomeOf).FirstOrDefault(h => h is not null);
                break;
            case TriggerFrame.Seizure:
                ReadSeizure(trigger, draft, actors, subject, objects);
                return;
            case TriggerFrame.Speech:
                subject.ForEach(s => draft.AddParticipant(s, ParticipantRole.Speaker));
                break;
            case TriggerFrame.Gathering:
                ReadGathering(trigger, draft, actors, objects);
                return;
            default:
                var role = trigger.Rule.Kind is EventKind.Signing or EventKind.Ratification ? ParticipantRole.Signatory : ParticipantRole.Participant;
                if (trigger.Rule.Kind is EventKind.Signing or EventKind.Ratification && actors.PassiveAgents(trigger) is { Count: > 0 } agents)
                {
                    // "A joint communique signed on Thursday by Gorbachev and Kaifu", "which had been signed in Beijing by X and Y".
                    agents.ForEach(a => draft.AddParticipant(a, role));
                    if (actors.TreatyBefore(trigger.First) is { } signed)
                    {
                        draft.AddConcern(signed);
                    }

                    break;
                }

                subject.ForEach(s => draft.AddParticipant(s, role));
                foreach (var other in actors.After(trigger.Last, "with", "between"))
                {
                    draft.AddParticipant(other, role);
                }

                if (trigger.Rule.Kind == EventKind.Meeting && trigger.Rule.Verb && objects.FirstOrDefault() is { } met && met.First == trigger.Last + 1)
                {
                    met.Referents.Where(ClauseActors.IsActor).ToList().ForEach(e => draft.AddParticipant(e, role));
                }

                if (trigger.Rule.Kind == EventKind.WarEnd)
                {
                    // "ended the state of war between their two countries", "ending ... between Japan and ..."
                    foreach (var m in objects.Where(m => m.Referents.All(e => e.Kind == EntityKind.Country)))
                    {
                        m.Referents.ToList().ForEach(e => draft.AddParticipant(e, role));
                    }

                    if (draft.Participants.Exists(p => p.Entity.Kind == EntityKind.Country))
                    {
                        draft.Participants.RemoveAll(p => p.Entity.Kind == EntityKind.Person);
                    }
                }

                break;
        }

        if (trigger.Rule.Kind is EventKind.Meeting or EventKind.Signing or EventKind.Negotiation)
        {
            draft.Place ??= PlaceIn(scan, objects) ?? PlaceIn(scan, scan.Mentions.Where(m => m.Last < trigger.First && m.First >= actors.Clauses.StartOf(trigger.First)));
        }

        foreach (var m in objects.Where(m => m.Referents.Count > 0 && m.Referents.All(e => e.Kind is EntityKind.Treaty or EntityKind.Territory)))
        {
            m.Referents.ToList().ForEach(draft.AddConcern);
        }

        if (trigger.Rule.Kind is EventKind.Revocation or EventKind.Ratification && !draft.Concerns.Exists(c => c.Kind == EntityKind.Treaty)
            && actors.Discourse.LastTreaty(_ => true) is { } treaty)
        {
            draft.AddConcern(treaty); // "revoked its liabilities": what it revoked was under the treaty in question
        }
    }

    private static void ReadVisit(TriggerMatch trigger, EventDraft draft, ClauseActors actors, List<DocEntity> subject, List<Mention> objects)
    {
        var kind = trigger.Rule.Kind;
        var attends = actors.Scan.Lower(trigger.First).StartsWith("attend", StringComparison.Ordinal);
        if (attends && subject.Count > 0 && subject.TrueForAll(s => s.Kind != EntityKind.Person))
        {
            return; // a state attending a conference is a meeting the conference's own trigger reports
        }

        subject.ForEach(s => draft.AddParticipant(s, ParticipantRole.Visitor));
        var destination = objects.FirstOrDefault(m => m.First <= trigger.Last + 3 && m.Referents.Any(e => e.Kind is EntityKind.Country or EntityKind.Place or EntityKind.Territory));
        draft.Place = destination?.Referents.FirstOrDefault(e => e.Kind is EntityKind.Country or EntityKind.Place or EntityKind.Territory);
        if (draft.Place is null && attends)
        {
            // "the APEC summit in Yokohama, which Medvedev is expected to attend": the host of what is attended.
            draft.Place = actors.Scan.Mentions.LastOrDefault(m => m.Last < trigger.First && m.Entity?.Kind is EntityKind.Country && !MentionRolesIsPrep(actors, m))?.Entity
                ?? actors.Scan.Mentions.LastOrDefault(m => m.Last < trigger.First && m.Entity?.Kind is EntityKind.Place)?.Entity;
        }

        if (draft.Place is null)
        {
            draft.Place = PlaceIn(actors.Scan, actors.Scan.Mentions.Where(m => m.Last < trigger.First && m.First >= actors.Clauses.StartOf(trigger.First)));
        }

        _ = kind;
    }

    private static bool MentionRolesIsPrep(ClauseActors actors, Mention m) => Coreference.MentionRoles.IsPrepositional(actors.Scan, m);

    private static void ReadSeizure(TriggerMatch trigger, EventDraft draft, ClauseActors actors, List<DocEntity> subject, List<Mention> objects)
    {
        var scan = actors.Scan;
        var passive = trigger.First > 0 && scan.Lower(trigger.First - 1) is "were" or "was" or "been" or "be";
        if (passive)
        {
            foreach (var m in objects.Where(m => scan.Lower(m.LeadFirst - 1) is "into" or "by" || scan.Lower(m.LeadFirst - 2) is "into" or "by"))
            {
                m.Referents.Where(ClauseActors.IsActor).ToList().ForEach(e => draft.AddParticipant(e, ParticipantRole.Participant));
            }

            foreach (var m in scan.Mentions.Where(m => m.Last < trigger.First && m.First >= actors.Clauses.StartOf(trigger.First)))
            {
                m.Referents.Where(e => e.Kind == EntityKind.Territory).ToList().ForEach(draft.AddConcern);
            }

            return;
        }

        subject.Where(s => s.Kind is EntityKind.Country or EntityKind.Organization).ToList().ForEach(s => draft.AddParticipant(s, ParticipantRole.Participant));
        foreach (var m in objects)
        {
            m.Referents.Where(e => e.Kind == EntityKind.Territory).ToList().ForEach(draft.AddConcern);
        }

        if (draft.Concerns.Count == 0)
        {
            // "which Soviet troops seized": the relative pronoun's antecedents are the territories just before.
            var start = actors.Clauses.StartOf(trigger.First);
            foreach (var m in scan.Mentions.Where(m => m.Last < start))
            {
                m.Referents.Where(e => e.Kind == EntityKind.Territory).ToList().ForEach(draft.AddConcern);
            }
        }
    }

    private static void ReadGathering(TriggerMatch trigger, EventDraft draft, ClauseActors actors, List<Mention> objects)
    {
        var scan = actors.Scan;
        var modifier = scan.Mentions.LastOrDefault(m => m.Last < trigger.First && m.Last >= trigger.First - 2 && m.Referents.Any(ClauseActors.IsActor));
        if (modifier is not null)
        {
            modifier.Referents.Where(ClauseActors.IsActor).ToList().ForEach(e => draft.AddParticipant(e, ParticipantRole.Organizer));
        }

        if (scan.Lower(trigger.Last + 1) == "of")
        {
            objects.FirstOrDefault()?.Referents.Where(ClauseActors.IsActor).ToList().ForEach(e => draft.AddParticipant(e, ParticipantRole.Organizer));
        }

        draft.Place = PlaceIn(scan, objects.Where(m => m.First <= trigger.Last + 4));
        if (draft.Place is null)
        {
            // "come to Japan to attend a summit", "Japan hosts the summit"
            var before = scan.Mentions.Where(m => m.Last < trigger.First && m.First >= actors.Clauses.StartOf(trigger.First) - 8).ToList();
            draft.Place = before.LastOrDefault(m => m.Entity?.Kind is EntityKind.Country or EntityKind.Place
                && (scan.Lower(m.LeadFirst - 1) is "to" or "in" || scan.Lower(m.Last + 1) is "hosts" or "hosted" or "will"))?.Entity;
        }
    }

    private static DocEntity? PlaceIn(Mentions.SentenceScan scan, IEnumerable<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            var before = m.LeadFirst - 1;
            while (before > 0 && scan.Lower(before) is "the" or "this" or "city's" or "stage")
            {
                before--;
            }

            if (m.Entity is { Kind: EntityKind.Place or EntityKind.Country or EntityKind.Territory } e && m.Form != MentionForm.Demonym && Locatives.Contains(scan.Lower(before)))
            {
                return e;
            }
        }

        return null;
    }

    private static DocEntity? HomeOf(DocEntity host) =>
        host.Kind == EntityKind.Country ? host : host.Offices.Find(o => o.Of?.Kind == EntityKind.Country)?.Of;
}
