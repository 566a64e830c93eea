using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Coreference;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Events;

/// <summary>
/// Finds who does what in a clause without a parser: the subject of a trigger is the actor mentions before it
/// in its clause that are not after a preposition, not a title's prefix and not cut off by a verb that hands the
/// action to its object ("expect Putin to come"); objects are the mentions after it up to the clause's end.
/// </summary>
internal sealed class ClauseActors(SentenceScan scan, ClauseMap clauses, Discourse discourse)
{
    private static readonly HashSet<string> ControlVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "expect", "expects", "expected", "asked", "asks", "urged", "urges", "invited", "invites", "allowed", "allowing", "told", "persuaded",
        "forced", "helped", "want", "wants", "wanted", "host", "hosts", "hosted", "welcomed", "sending", "sent", "led",
    };

    public SentenceScan Scan { get; } = scan;

    public ClauseMap Clauses { get; } = clauses;

    public Discourse Discourse { get; } = discourse;

    public static bool IsActor(DocEntity e) => e.Kind is EntityKind.Person or EntityKind.Country or EntityKind.Organization;

    /// <summary>The subject group of the trigger at <paramref name="trigger"/>; inherits the enclosing clause's subject when its own has none.</summary>
    public List<Mention> Subject(int trigger, int depth = 0)
    {
        var start = Clauses.StartOf(trigger);
        var possessor = Scan.Mentions.Find(m => m.Last + 1 < trigger && m.Last + 2 >= trigger - 1 && MentionRoles.IsPossessor(Scan, m) && m.Referents.Any(IsActor)
            && Scan.Mentions.TrueForAll(o => o == m || o.First > trigger || o.Last < m.First || o.First > m.Last));
        if (possessor is not null && possessor.First >= start && NextWordIsTrigger(possessor, trigger))
        {
            return [possessor];
        }

        var candidates = Scan.Mentions
            .Where(m => m.Last < trigger && m.First >= start && m.Referents.Count > 0 && m.Referents.All(IsActor) && MentionRoles.CanBeSubject(Scan, m)
                && !(MentionRoles.IsPossessor(Scan, m) && !NextWordIsTrigger(m, trigger)))
            .ToList();
        var cut = LastControlVerb(start, trigger);
        candidates.RemoveAll(m => m.Last < cut);
        if (candidates.Count == 0)
        {
            return start > 0 && depth < 2 ? Subject(start, depth + 1) : [];
        }

        // The clause's first actor and those joined to it without a verb between ("Yoshida and envoys of 48 nations,
        // among them Dean Acheson"); "Maehara had summoned Moscow's envoy, Mikhail Bely" stops at the verb.
        var group = new List<Mention> { candidates[0] };
        foreach (var next in candidates.Skip(1))
        {
            if (Enumerable.Range(group[^1].Last + 1, Math.Max(0, next.LeadFirst - group[^1].Last - 1)).Any(IsVerbLike))
            {
                break;
            }

            group.Add(next);
        }

        var person = group[0].Referents[0].Kind == EntityKind.Person;
        return [.. group.Where(m => (m.Referents[0].Kind == EntityKind.Person) == person)];
    }

    private const int PassiveReach = 16;
    private const int AgentLead = 4;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "said", "told", "says", "did", "does", "do", "can", "could", "may", "might", "must", "should",
    };

    private bool IsVerbLike(int i)
    {
        var token = Scan.Tokens[i];
        return token.IsWord && !token.IsCapitalized && Scan.MentionAt(i) is null
            && (Auxiliaries.Contains(token.Text) || (token.Text.Length > 4 && token.Text.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>Mentions after the trigger, to the end of its clause (a relative "which" clause ends it too).</summary>
    public IEnumerable<Mention> Objects(int triggerLast) =>
        Scan.Mentions.Where(m => m.First > triggerLast && m.First <= Clauses.EndOf(triggerLast));

    /// <summary>The actors right after one of <paramref name="prepositions"/> in the trigger's clause, with those coordinated to them ("with X and Y").</summary>
    public IEnumerable<DocEntity> After(int triggerLast, params string[] prepositions)
    {
        Mention? previous = null;
        foreach (var m in Objects(triggerLast).Where(m => !MentionRoles.IsTitlePrefix(Scan, m)))
        {
            var before = m.LeadFirst - 1;
            while (before > 0 && Scan.Lower(before) is "the" or "a")
            {
                before--;
            }

            var joined = previous is not null && Enumerable.Range(previous.Last + 1, Math.Max(0, m.LeadFirst - previous.Last - 1))
                .All(i => Scan.Word(i) is "," or "and" or "or" or "the");
            if (prepositions.Contains(Scan.Lower(before)) || joined)
            {
                foreach (var e in m.Referents.Where(IsActor))
                {
                    yield return e;
                }

                previous = m;
            }
            else
            {
                previous = null;
            }
        }
    }

    /// <summary>
    /// The agents of a passive participle ("signed ... by X and Y"): the trigger follows a be-form, "which", or a noun
    /// phrase it describes, and the first "by" after it, within a short reach, names actors.
    /// </summary>
    public List<DocEntity> PassiveAgents(TriggerMatch trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var word = Scan.Lower(trigger.Last);
        if (!word.EndsWith("ed", StringComparison.Ordinal) || trigger.First == 0)
        {
            return [];
        }

        if (!IsPassive(trigger))
        {
            return [];
        }

        var by = -1;
        for (var i = trigger.Last + 1; i < Scan.Tokens.Count && i <= trigger.Last + PassiveReach; i++)
        {
            if (Scan.Word(i) is ";" or "." || (Scan.Lower(i) is "which" or "who" && i > trigger.Last + 1))
            {
                break;
            }

            if (Scan.Lower(i) == "by" && Scan.Lower(i + 1) != "which")
            {
                by = i;
                break;
            }
        }

        if (by < 0)
        {
            return [];
        }

        var agents = new List<DocEntity>();
        var expect = by + 1;
        foreach (var m in Scan.Mentions.Where(m => m.First > by && !MentionRoles.IsTitlePrefix(Scan, m)).OrderBy(m => m.First))
        {
            // "by the Japanese envoy X and Foreign Minister Y", "by diplomats X and Y": a few words may lead each name.
            if (m.LeadFirst - expect > AgentLead || !m.Referents.Any(IsActor))
            {
                break;
            }

            agents.AddRange(m.Referents.Where(IsActor));
            expect = m.Last + 1;
            if (Scan.Word(expect) is "and" or ",")
            {
                expect++;
            }
            else
            {
                break;
            }
        }

        return [.. agents.Distinct()];
    }

    /// <summary>A participle after a be-form or the treaty it describes ("a treaty was signed", "the pact, signed in 1941"); "which signed" is active.</summary>
    public bool IsPassive(TriggerMatch trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (trigger.First == 0 || !Scan.Lower(trigger.Last).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        if (Scan.Mentions.Exists(m => m.Kind == EntityKind.Treaty && m.LeadFirst > trigger.Last && m.LeadFirst <= trigger.Last + 3))
        {
            return false; // "signed a neutrality pact": the treaty is the object
        }

        var before = trigger.First - 1;
        while (before > 0 && IsAdverb(before))
        {
            before--; // "is ultimately signed", "was formally ratified"
        }

        if (Scan.Word(before) == ",")
        {
            before--; // "the Treaty of Portsmouth, signed in 1905"; "X and his counterpart, Y, signed" is active
        }

        return (Scan.Lower(before) is "been" or "was" or "were" or "is" or "are" or "be" or "being" && Scan.Word(before + 1) != ",")
            || Scan.Mentions.Exists(m => m.Last == before && m.Kind == EntityKind.Treaty);
    }

    private bool IsAdverb(int i) =>
        Scan.Tokens[i].IsWord && !Scan.Tokens[i].IsCapitalized && Scan.MentionAt(i) is null && Scan.Lower(i).Length > 4 && Scan.Lower(i).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The treaty named last before <paramref name="trigger"/> in its sentence ("the Basic Convention ..., which had been signed").</summary>
    public DocEntity? TreatyBefore(int trigger) =>
        Scan.Mentions.LastOrDefault(m => m.Last < trigger && m.Kind == EntityKind.Treaty && m.Entity is not null)?.Entity;

    private bool NextWordIsTrigger(Mention m, int trigger)
    {
        var j = m.Last + 1;
        while (j < trigger && (Scan.Tokens[j].IsPossessive || Scan.Lower(j) is "first" or "second" or "latest" or "new" or "two-day" or "official" or "state"))
        {
            j++;
        }

        return j == trigger;
    }

    private int LastControlVerb(int start, int trigger)
    {
        for (var i = trigger - 1; i >= start; i--)
        {
            if (ControlVerbs.Contains(Scan.Word(i)) && Scan.MentionAt(i) is null)
            {
                return i;
            }
        }

        return -1;
    }
}
