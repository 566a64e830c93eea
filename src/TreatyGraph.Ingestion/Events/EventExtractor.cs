using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Coreference;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Rules;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Events;

/// <summary>
/// Reads events from one sentence: each trigger (events.json) outside quotations that is not negated,
/// hypothetical, a definite reference to an event already told ("the trip"), or the content of an agreement
/// ("agreed to start talks") becomes a draft whose participants, place and concerns its frame reads from the
/// clause, whose status comes from the words before it ("hopes to", "is expected to") and whose date
/// <see cref="EventDating"/> chooses.
/// </summary>
internal sealed class EventExtractor(EventBook book, TimeLine time, Discourse discourse)
{
    private readonly EventDating _dating = new(time, book);

    public List<EventDraft> Drafts { get; } = [];

    public IEnumerable<EventDraft> Extract(SentenceScan scan, ClauseMap clauses)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (scan.Sentence.IsHeadline)
        {
            return [];
        }

        var actors = new ClauseActors(scan, clauses, discourse);
        var triggers = TriggerIndex.Default.Find(scan);
        var found = new List<(TriggerMatch Trigger, EventDraft Draft)>();
        foreach (var trigger in triggers)
        {
            if (Skip(scan, clauses, trigger, triggers))
            {
                continue;
            }

            var draft = new EventDraft(trigger.Rule.Kind, scan.Sentence.Index, scan.Sentence.Start, scan.Sentence.End);
            FrameReader.Read(trigger, draft, actors);
            if (trigger.Rule.Frame == TriggerFrame.Speech && AdjacentSpeaker(scan, clauses, trigger) is { } speaker)
            {
                // "..., Prime Minister X said": the name right before the reporting verb is its subject, not a state named in what was said.
                draft.Participants.Clear();
                speaker.Referents.Where(ClauseActors.IsActor).ToList().ForEach(e => draft.AddParticipant(e, ParticipantRole.Speaker));
            }

            if (SubordinateStart(scan, clauses, trigger) is { } opener)
            {
                // "X committed to hand over the islands after the treaty is signed": the signing is not X's; only actors
                // named inside the subordinate clause (or after the trigger) take part in it.
                var own = scan.Mentions.Where(m => m.First > opener).SelectMany(m => m.Referents).ToHashSet();
                draft.Participants.RemoveAll(p => !own.Contains(p.Entity));
            }

            if (!Viable(draft, trigger))
            {
                continue;
            }

            if (draft.Kind == EventKind.Statement && book.GenericSpeech.Contains(scan.Lower(trigger.First), StringComparer.Ordinal)
                && draft.Participants.TrueForAll(p => p.Entity.Kind == EntityKind.Country))
            {
                continue;
            }

            draft.Distinct = draft.Kind != EventKind.Statement && (scan.Lower(trigger.First - 1) == "also" || scan.Lower(trigger.First - 2) == "also");
            draft.Status = Planned(scan, clauses, trigger) ? EventStatus.Planned : EventStatus.Occurred;
            found.Add((trigger, draft));
        }

        // A statement that only carries a protest by the same speaker is the protest.
        found.RemoveAll(f => f.Draft.Kind == EventKind.Statement && found.Exists(o => o.Draft.Kind == EventKind.Protest
            && o.Trigger.First > f.Trigger.First && o.Draft.ParticipantEntities.Intersect(f.Draft.ParticipantEntities).Any()));

        foreach (var (trigger, draft) in found)
        {
            draft.Date = _dating.Date(scan, clauses, trigger, draft, Drafts);
            if (draft.Date is { } date && date.EarliestKey > time.PublishedKey)
            {
                draft.Status = EventStatus.Planned;
            }

            Drafts.Add(draft);
        }

        return found.Select(f => f.Draft);
    }

    private bool Skip(SentenceScan scan, ClauseMap clauses, TriggerMatch trigger, IReadOnlyList<TriggerMatch> all)
    {
        if (clauses.IsQuoted(trigger.First))
        {
            return true;
        }

        var start = clauses.StartOf(trigger.First);
        for (var i = trigger.First - 1; i >= Math.Max(start, trigger.First - 6); i--)
        {
            if (book.Negations.Any(n => scan.Spells(i, n, out var last) && last < trigger.First))
            {
                return true;
            }
        }

        if (scan.Lower(start) is "if" or "unless" or "until" || (scan.Lower(start) == "after" && scan.Lower(start - 1) == "only"))
        {
            return true;
        }

        // "No document signed during the visit": a negated subject.
        if (scan.Mentions.Count >= 0 && Enumerable.Range(start, Math.Max(0, trigger.First - start)).Any(i => scan.Word(i) == "No" || (scan.Lower(i) == "no" && i > start)))
        {
            return true;
        }

        if (!trigger.Rule.Verb && trigger.Rule.Frame != TriggerFrame.Gathering && IsDefinite(scan, trigger))
        {
            return true;
        }

        var kind = trigger.Rule.Kind;
        if (trigger.Rule.Frame != TriggerFrame.Gathering && all.Any(o => o.First < trigger.First && book.Absorbing.Contains(o.Rule.Kind.ToString())
            && o != trigger && !clauses.Opens(trigger.First) && Between(clauses, o.Last, trigger.First, ";")))
        {
            return kind != EventKind.Statement;
        }

        // "visit Russia early next year to have talks": the talks are what the visit is for.
        return kind == EventKind.Meeting && !trigger.Rule.Verb && all.Any(o => o.Rule.Kind == EventKind.Visit && o.First < trigger.First)
            && scan.Lower(trigger.First - 1) is "have" or "hold" or "for";
    }

    // "the trip", "the stalled negotiations": a definite noun points back to an event already told.
    private bool IsDefinite(SentenceScan scan, TriggerMatch trigger)
    {
        var phrase = scan.Span(Math.Max(0, trigger.First - 1), trigger.Last);
        if (book.Anaphoric.Any(a => string.Equals(a, phrase, StringComparison.OrdinalIgnoreCase)))
        {
            return !scan.Lower(trigger.Last + 1).Equals("with", StringComparison.Ordinal);
        }

        for (var i = trigger.First - 1; i >= Math.Max(0, trigger.First - 3); i--)
        {
            if (scan.Lower(i) is "the" or "this" or "that" or "these" or "those")
            {
                return scan.Lower(trigger.Last + 1) is not ("with" or "between" or "of" or "to");
            }

            if (scan.MentionAt(i) is not null || !scan.Tokens[i].IsWord || scan.Tokens[i].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    private static bool Between(ClauseMap clauses, int from, int to, string _)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (clauses.Opens(i) && i != to)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Viable(EventDraft draft, TriggerMatch trigger) => draft.Kind switch
    {
        EventKind.Statement or EventKind.Protest or EventKind.Negotiation or EventKind.Agreement or EventKind.Revocation or EventKind.Ratification
            => draft.Participants.Count > 0,
        EventKind.Meeting => draft.Participants.Count > (trigger.Rule.Verb ? 0 : 1) || (draft.Participants.Count > 0 && draft.Place is not null),
        EventKind.Visit => draft.Participants.Count > 0 && (draft.Place is not null || trigger.Rule.Frame == TriggerFrame.Host),
        EventKind.Signing => draft.Participants.Count > 0,
        EventKind.Annexation => draft.Participants.Count > 0 && draft.Concerns.Count > 0,
        EventKind.Summit => draft.Participants.Count > 0 || draft.Place is not null,
        _ => draft.Participants.Count > 0,
    };

    // The actor named right before a reporting verb, with only its verb group between ("X said", "X has also said").
    private static Mention? AdjacentSpeaker(SentenceScan scan, ClauseMap clauses, TriggerMatch trigger)
    {
        var start = ReportingGroupStart(scan, clauses, trigger);
        var speaker = scan.Mentions.Find(m => m.Last == start - 1 && !clauses.IsQuoted(m.Last));
        return speaker is not null && speaker.Referents.Count > 0 && speaker.Referents.All(ClauseActors.IsActor) && MentionRoles.CanBeSubject(scan, speaker) ? speaker : null;
    }

    // The words right before a reporting verb back to a name, a punctuation mark or the clause's start: its own verb group.
    private static int ReportingGroupStart(SentenceScan scan, ClauseMap clauses, TriggerMatch trigger)
    {
        var start = Math.Max(0, clauses.StartOf(trigger.First));
        var i = trigger.First;
        while (i > start && scan.Tokens[i - 1].IsWord && scan.MentionAt(i - 1) is null)
        {
            i--;
        }

        return i;
    }

    // The opener of a temporal or conditional clause the trigger sits in after its clause's main part ("..., after the treaty is signed").
    private int? SubordinateStart(SentenceScan scan, ClauseMap clauses, TriggerMatch trigger)
    {
        var start = Math.Max(0, clauses.StartOf(trigger.First));
        for (var i = trigger.First - 1; i > start; i--)
        {
            // "after signing the treaty" shares the main subject; "after the treaty is signed" has its own.
            if (book.Subordinators.Contains(scan.Lower(i), StringComparer.Ordinal) && scan.MentionAt(i) is null && i + 1 < trigger.First)
            {
                return i;
            }
        }

        return null;
    }

    private bool Planned(SentenceScan scan, ClauseMap clauses, TriggerMatch trigger)
    {
        if (trigger.Rule.Frame == TriggerFrame.Speech)
        {
            // A statement's status is its reporting verb's tense ("will open up ..., X said" was said), not the modals of what it reports.
            var group = ReportingGroupStart(scan, clauses, trigger);
            return Enumerable.Range(group, trigger.First - group).Any(i => book.Planned.Any(p => scan.Spells(i, p, out var last) && last < trigger.First));
        }

        var start = Math.Max(0, clauses.StartOf(trigger.First));
        if (book.FutureClauses.Contains(scan.Lower(start), StringComparer.Ordinal)
            && Enumerable.Range(start, clauses.EndOf(start) - start + 1).Any(i => book.FuturePresent.Contains(scan.Lower(i), StringComparer.Ordinal)))
        {
            return true;
        }

        for (var i = start; i < trigger.First; i++)
        {
            if (!clauses.IsQuoted(i) && book.Planned.Any(p => scan.Spells(i, p, out var last) && last < trigger.First))
            {
                return true;
            }
        }

        return false;
    }
}
