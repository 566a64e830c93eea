using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Coreference;
using TreatyGraph.Ingestion.Events;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Rules;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Relations;

/// <summary>
/// Relations read from cue phrases (relations.json) in one sentence: claims ("challenged the ownership of",
/// "wants them back"), administration ("which holds them", "had governed from 1905 until 1945"), parts ("calls
/// the four islands the Northern Territories", "islands of X called Y", "X, ... in the Kuril chain"), what a
/// treaty concerns ("in the declaration ... hand over Shikotan"), membership, succession and location.
/// </summary>
internal sealed class CueRelations(RelationCues cues, Discourse discourse, TimeLine time, Func<string, DocEntity?> stateNamed)
{
    private const int TreatyVerbReach = 24;

    public List<NamingFact> Namings { get; } = [];

    public IEnumerable<RelationDraft> Read(SentenceScan scan, ClauseMap clauses)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (scan.Sentence.IsHeadline)
        {
            return [];
        }

        var actors = new ClauseActors(scan, clauses, discourse);
        var found = new List<RelationDraft>();
        var index = scan.Sentence.Index;
        foreach (var (cue, last) in Cues(scan, clauses, cues.Claims))
        {
            if (Negated(scan, cue))
            {
                continue;
            }

            var claimants = States(actors.Subject(cue));
            var targets = cue > 0 && scan.Lower(last) is "returned" or "back"
                ? TerritoriesNear(scan, cue - 3, last)
                : Territories(scan, actors.Objects(last));
            found.AddRange(from c in claimants from t in targets select new RelationDraft(RelationType.Claims, c, t, index));
        }

        foreach (var (cue, last) in Cues(scan, clauses, cues.Administers))
        {
            var rulers = States(actors.Subject(cue));
            var targets = Territories(scan, actors.Objects(last)).ToList();
            if (targets.Count == 0 && scan.Lower(clauses.StartOf(cue)) == "which")
            {
                targets = [.. Antecedent(scan, clauses.StartOf(cue))];
            }

            var (validFrom, validTo) = Interval(scan, clauses, cue);
            found.AddRange(from r in rulers from t in targets select new RelationDraft(RelationType.Administers, r, t, index) { ValidFrom = validFrom, ValidTo = validTo });
        }

        found.AddRange(Naming(scan, clauses, actors));
        found.AddRange(Parts(scan));
        found.AddRange(Concerns(scan));
        found.AddRange(Membership(scan, clauses, actors));
        found.AddRange(Succession(scan, clauses, actors));
        found.AddRange(Location(scan));
        return found;
    }

    /// <summary>After the whole article: a state that names a territory it does not administer claims it.</summary>
    public IEnumerable<RelationDraft> NamingClaims(IReadOnlyCollection<RelationDraft> relations) =>
        Namings.Where(n => !relations.Any(r => r.Type == RelationType.Administers && r.From == n.Namer
                && (r.To == n.Name || relations.Any(p => p.Type == RelationType.PartOf && p.From == r.To && p.To == n.Name))))
            .Select(n => new RelationDraft(RelationType.Claims, n.Namer, n.Name, n.Sentence));

    private IEnumerable<RelationDraft> Naming(SentenceScan scan, ClauseMap clauses, ClauseActors actors)
    {
        foreach (var (cue, last) in Cues(scan, clauses, cues.Naming))
        {
            var after = scan.Mentions.Where(m => m.First > last && m.First <= clauses.EndOf(last) && m.Kind == EntityKind.Territory).ToList();
            var name = after.FirstOrDefault(m => m.Form == MentionForm.Name && m.Entity is not null);
            if (name is null)
            {
                continue;
            }

            var named = after.Where(m => m != name && m.First < name.First).SelectMany(m => m.Referents).ToList();
            if (named.Count == 0)
            {
                // "the larger two of the four islands it calls X": what is named stands before the namer.
                // "X, Y and a number of islands called Z": the cue names only the last conjunct, so a name before a
                // coordinator with no comma after it up to the cue is a sibling item, not a part of Z.
                named = [.. scan.Mentions.Where(m => m.Last < cue && m.Kind == EntityKind.Territory && m.Form == MentionForm.Name && cue - m.Last < 14
                    && !EarlierConjunct(scan, m.Last, cue)).SelectMany(m => m.Referents)];
            }

            var namer = States(actors.Subject(cue)).FirstOrDefault();
            if (namer is null)
            {
                continue; // "islands of the ridge called the Habomai Islands" names without a namer; Parts reads it
            }

            Namings.Add(new NamingFact(namer, name.Entity!, scan.Sentence.Index));

            var group = named.Where(e => e != name.Entity).Distinct().ToList();
            var anaphor = after.FirstOrDefault(m => m.Form == MentionForm.Anaphor && m.First < name.First);
            if (anaphor is { Count: > 0 } && anaphor.Group.Count != anaphor.Count)
            {
                continue; // "the four islands" when the list at hand has two: not a list we know
            }

            if (group.Count >= 2 || (group.Count == 1 && scan.Lower(cue) is not "known"))
            {
                foreach (var part in group.Where(e => !name.Entity!.Parts.Contains(e.Name)))
                {
                    yield return new RelationDraft(RelationType.PartOf, part, name.Entity!, scan.Sentence.Index);
                }

                discourse.SetTerritoryGroup(group.Append(name.Entity!), scan.Sentence.Index);
                foreach (var later in scan.Mentions.Where(m => m.First > name.Last && m.Group.Count > 0 && m.Group.All(e => e.Kind == EntityKind.Territory) && !m.Group.Contains(name.Entity!)))
                {
                    later.Group.Add(name.Entity!); // "Russia, which holds them": them now includes the group just named
                }
            }
        }
    }

    private bool EarlierConjunct(SentenceScan scan, int last, int cue)
    {
        var join = Enumerable.Range(last + 1, Math.Max(0, cue - last - 1)).LastOrDefault(i => cues.Coordinators.Contains(scan.Lower(i), StringComparer.Ordinal), -1);
        return join >= 0 && !Enumerable.Range(join + 1, cue - join - 1).Any(i => scan.Word(i) == ",");
    }

    // "islands of the Lesser Kuril Ridge called the Habomai Islands"; "Kunashir, ... the southernmost of the large islands in the Kuril chain"; "the southern half of Sakhalin".
    private static IEnumerable<RelationDraft> Parts(SentenceScan scan)
    {
        var territories = scan.Mentions.Where(m => m.Kind == EntityKind.Territory && m.Entity is not null).ToList();
        foreach (var m in territories)
        {
            if (m.WholeOf?.Entity is { } whole)
            {
                yield return new RelationDraft(RelationType.PartOf, m.Entity!, whole, scan.Sentence.Index);
            }

            var before = m.LeadFirst - 1;
            if (scan.Lower(before) == "the")
            {
                before--;
            }

            if (scan.Lower(before) == "of" && scan.Lower(before - 1) is "islands" or "islets" or "isles" && scan.Word(m.Last + 1) is "called" or "known"
                && territories.Find(t => t.First > m.Last && t.First <= m.Last + 4) is { Entity: { } part })
            {
                yield return new RelationDraft(RelationType.PartOf, part, m.Entity!, scan.Sentence.Index);
            }

            if (scan.Word(m.Last + 1) == ",")
            {
                for (var j = m.Last + 2; j < scan.Tokens.Count && scan.Word(j) is not ("," or ";" or ".") && scan.MentionAt(m.Last + 2) is null; j++)
                {
                    if (territories.Find(t => t.First == j && t != m) is { Entity: { } group } && scan.Lower(j - 1) == "the" && scan.Lower(j - 2) is "in" or "of"
                        && Enumerable.Range(m.Last + 2, j - m.Last - 2).Any(k => scan.Lower(k) is "islands" or "island" or "part" or "one"))
                    {
                        yield return new RelationDraft(RelationType.PartOf, m.Entity!, group, scan.Sentence.Index);
                    }
                }
            }
        }
    }

    // "committed to paper in the declaration its readiness to hand over Shikotan", "Under its ninth article, the USSR agreed to transfer ..."
    private IEnumerable<RelationDraft> Concerns(SentenceScan scan)
    {
        var treaty = scan.Mentions.FirstOrDefault(m => m.Entity?.Kind == EntityKind.Treaty
            && (scan.Lower(m.LeadFirst - 1) is "in" or "under" or "by" || scan.Lower(m.LeadFirst - 2) is "in" or "under" or "by"
                || (scan.Word(m.Last + 1) == "," && scan.Lower(m.Last + 2) is "in" or "under" or "by" && scan.Lower(m.Last + 3) == "which")))?.Entity;
        if (treaty is null)
        {
            return TreatySubjectConcerns(scan);
        }

        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            foreach (var phrase in cues.Transfer)
            {
                if (scan.Spells(i, phrase, out var last))
                {
                    var targets = Territories(scan, scan.Mentions.Where(m => m.First > last)).ToList();
                    if (targets.Count > 0)
                    {
                        return targets.Select(t => new RelationDraft(RelationType.Concerns, treaty, t, scan.Sentence.Index));
                    }
                }
            }
        }

        return [];
    }

    // "A joint communique signed ... by X and Y lists the Habomai islets, Shikotan ...", "That document promised Japan Shikotan".
    private List<RelationDraft> TreatySubjectConcerns(SentenceScan scan)
    {
        foreach (var m in scan.Mentions.Where(m => m.Entity?.Kind == EntityKind.Treaty && !MentionRoles.IsPrepositional(scan, m)))
        {
            for (var i = m.Last + 1; i < scan.Tokens.Count && i <= m.Last + TreatyVerbReach; i++)
            {
                if (scan.Word(i) is ";" || (scan.MentionAt(i) is { Kind: EntityKind.Treaty } other && other != m))
                {
                    break;
                }

                var verb = cues.TreatyVerbs.FirstOrDefault(v => scan.Spells(i, v, out _));
                if (verb is not null && scan.Spells(i, verb, out var last))
                {
                    var targets = Territories(scan, scan.Mentions.Where(t => t.First > last)).ToList();
                    return [.. targets.Select(t => new RelationDraft(RelationType.Concerns, m.Entity!, t, scan.Sentence.Index))];
                }
            }
        }

        return [];
    }

    private IEnumerable<RelationDraft> Membership(SentenceScan scan, ClauseMap clauses, ClauseActors actors)
    {
        foreach (var (cue, last) in Cues(scan, clauses, cues.Membership))
        {
            var org = actors.Objects(last).FirstOrDefault(m => m.Entity?.Kind == EntityKind.Organization)?.Entity;
            var states = States(actors.Subject(cue)).ToList();
            if (states.Count == 0 && scan.Mentions.LastOrDefault(m => m.Last < cue && m.Entity?.Kind == EntityKind.Country && MentionRoles.IsPossessor(scan, m)) is { Entity: { } owner })
            {
                states.Add(owner); // "Tokyo's application to join the United Nations"
            }

            if (org is not null)
            {
                var date = time.In(scan.Sentence.Index).FirstOrDefault(p => !p.FromPeriod)?.Date;
                foreach (var state in states)
                {
                    yield return new RelationDraft(RelationType.MemberOf, state, org, scan.Sentence.Index) { ValidFrom = date };
                }
            }
        }
    }

    // "Russia, which inherited the islands when the Soviet Union collapsed in 1991"
    private IEnumerable<RelationDraft> Succession(SentenceScan scan, ClauseMap clauses, ClauseActors actors)
    {
        foreach (var (cue, _) in Cues(scan, clauses, cues.Succession))
        {
            var heir = States(actors.Subject(cue)).FirstOrDefault();
            var ended = EndedState(scan);
            if (heir is not null && ended is not null && ended.Value.State != heir)
            {
                yield return new RelationDraft(RelationType.SuccessorOf, heir, ended.Value.State, scan.Sentence.Index) { ValidFrom = ended.Value.Date };
            }
        }
    }

    private (DocEntity State, FuzzyDate Date)? EndedState(SentenceScan scan)
    {
        foreach (var phrase in time.In(scan.Sentence.Index).Where(p => p.FromPeriod))
        {
            var period = Lexicon.Default.Rules.History.Periods.FirstOrDefault(p => FuzzyDate.Parse(p.Span).Edtf == phrase.Date.Edtf && p.Ends is not null);
            if (period?.Ends is { } ends && (discourse.SalientCountries(10).FirstOrDefault(c => c.Name == ends) ?? stateNamed(ends)) is { } state)
            {
                var explicitDate = time.In(scan.Sentence.Index).FirstOrDefault(p => !p.FromPeriod && p.Token > phrase.Token)?.Date;
                return (state, explicitDate ?? phrase.Date);
            }
        }

        return null;
    }

    // "Nagato, a hot-spring town in Yamaguchi Prefecture"; "Yuzhno-Kurilsk, the island's main town"; "this city's War Memorial Opera House".
    private IEnumerable<RelationDraft> Location(SentenceScan scan)
    {
        var nouns = cues.PlaceNouns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var m in scan.Mentions.Where(m => m.Entity?.Kind == EntityKind.Place && m.Form == MentionForm.Name))
        {
            if (scan.Word(m.LeadFirst - 1) is "city's" || (scan.Lower(m.LeadFirst - 2) == "city" && scan.Tokens[m.LeadFirst - 1].IsPossessive))
            {
                if (CityOfDateline(scan) is { } city && city != m.Entity)
                {
                    yield return new RelationDraft(RelationType.LocatedIn, m.Entity!, city, scan.Sentence.Index);
                }
            }

            if (scan.Word(m.Last + 1) != ",")
            {
                continue;
            }

            for (var j = m.Last + 2; j < Math.Min(scan.Tokens.Count, m.Last + 12) && scan.Word(j) is not ("," or ";" or "." or "that" or "which"); j++)
            {
                if (scan.MentionAt(j) is { } owner && owner.Referents.Count == 1 && MentionRoles.IsPossessor(scan, owner) && owner.Entity?.Kind is EntityKind.Territory or EntityKind.Place
                    && nouns.Contains(scan.Word(owner.Last + 3)) | nouns.Contains(scan.Word(owner.Last + 2)))
                {
                    yield return new RelationDraft(RelationType.LocatedIn, m.Entity!, owner.Entity!, scan.Sentence.Index);
                    break;
                }

                if (nouns.Contains(scan.Word(j)) && scan.Lower(j + 1) == "in")
                {
                    var container = scan.MentionAt(j + 2) ?? scan.MentionAt(j + 3);
                    var target = container?.Entity ?? (scan.Lower(j + 3) == "city" ? CityOfDateline(scan) : null);
                    if (target is { Kind: EntityKind.Place or EntityKind.Territory or EntityKind.Country } && target != m.Entity)
                    {
                        yield return new RelationDraft(RelationType.LocatedIn, m.Entity!, target, scan.Sentence.Index);
                    }

                    break;
                }
            }
        }
    }

    private DocEntity? CityOfDateline(SentenceScan scan)
    {
        _ = scan;
        return DatelineCity;
    }

    /// <summary>The place of the article's dateline ("this city").</summary>
    public DocEntity? DatelineCity { get; set; }

    private static IEnumerable<DocEntity> States(IEnumerable<Mention> subject)
    {
        foreach (var entity in subject.SelectMany(m => m.Referents).Distinct())
        {
            if (entity.Kind == EntityKind.Country)
            {
                yield return entity;
            }
            else if (entity.Kind == EntityKind.Person && entity.Offices.Find(o => o.Of?.Kind == EntityKind.Country)?.Of is { } state)
            {
                yield return state;
            }
        }
    }

    private static IEnumerable<DocEntity> Territories(SentenceScan scan, IEnumerable<Mention> mentions) =>
        mentions.Where(m => m.Kind == EntityKind.Territory && !IsContainer(scan, m)).SelectMany(m => m.Referents).Where(e => e.Kind == EntityKind.Territory).Distinct();

    private static IEnumerable<DocEntity> TerritoriesNear(SentenceScan scan, int from, int to) =>
        Territories(scan, scan.Mentions.Where(m => m.First >= from && m.Last <= to));

    private static IEnumerable<DocEntity> Antecedent(SentenceScan scan, int which)
    {
        var m = scan.Mentions.LastOrDefault(m => m.Last < which && m.Kind == EntityKind.Territory);
        var part = m is null ? null : scan.Mentions.Find(p => p.WholeOf == m);
        return part?.Referents ?? m?.Referents ?? [];
    }

    // "islands of the Lesser Kuril Ridge": the ridge contains what is claimed, it is not claimed itself.
    private static bool IsContainer(SentenceScan scan, Mention m)
    {
        var before = m.LeadFirst - 1;
        if (scan.Lower(before) == "the")
        {
            before--;
        }

        return scan.Lower(before) == "of" && scan.Lower(before - 1) is "islands" or "islets" or "isles" or "part" or "half" or "one";
    }

    private static bool Negated(SentenceScan scan, int cue)
    {
        for (var i = cue - 1; i >= Math.Max(0, cue - 3); i--)
        {
            if (scan.Lower(i) is "not" or "never" or "no" or "n't" or "renounced" or "renounce" or "abandoned" or "gave" or "dropped")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(int First, int Last)> Cues(SentenceScan scan, ClauseMap clauses, IReadOnlyList<string> phrases)
    {
        var ordered = phrases.OrderByDescending(p => p.Count(c => c == ' ')).ToList();
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (clauses.IsQuoted(i))
            {
                continue;
            }

            foreach (var phrase in ordered)
            {
                if (scan.Spells(i, phrase, out var last))
                {
                    yield return (i, last);
                    i = last;
                    break;
                }
            }
        }
    }

    private (FuzzyDate? From, FuzzyDate? To) Interval(SentenceScan scan, ClauseMap clauses, int cue)
    {
        var phrases = time.In(scan.Sentence.Index).Where(p => p.Token > cue && p.Token <= clauses.EndOf(cue) + 8).ToList();
        if (phrases.Count >= 2 && scan.Lower(phrases[1].Token - 1) is "until" or "to" or "till")
        {
            return (phrases[0].Date, phrases[1].Date);
        }

        var all = time.In(scan.Sentence.Index);
        var any = phrases.Count > 0 ? phrases[0] : all.Count > 0 ? all[0] : null;
        return (any?.Date, null);
    }
}
