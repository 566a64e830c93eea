using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Mentions;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Coreference;

/// <summary>
/// Resolves one sentence's references in reading order against the <see cref="Discourse"/>: capitals standing for
/// governments (by the sentence's time: Moscow is the Soviet Union in 1956, Russia in 2010), offices and whom
/// they serve, role descriptions, pronouns, groups and treaties; then lets the discourse observe every mention.
/// </summary>
internal sealed class SentenceResolver(DocumentEntities entities, Discourse discourse, TreatyResolver treaties, string text)
{
    public void Resolve(SentenceScan scan, ClauseMap clauses, int timeKey)
    {
        ArgumentNullException.ThrowIfNull(scan);
        foreach (var mention in scan.Mentions.Where(m => m.Form == MentionForm.Seat || (m.Form == MentionForm.Demonym && m.Entity is null)).ToList())
        {
            var choice = Pick(mention.Candidates, timeKey);
            if (choice is not null)
            {
                DocumentEntities.Attach(mention, entities.Get(choice.Kind, choice.CanonicalName, choice.EntityId), text);
            }
        }

        foreach (var mention in scan.Mentions.Where(m => m.Office is not null && m.Entity is not null))
        {
            // Without a nationality before the title, the office is the state the clause is about ("The Soviet Union
            // attended, sending a delegation led by Deputy Foreign Minister Andrei Gromyko"), if the sentence names one.
            var of = mention.OfficePrefix?.Entity ?? OfState(scan, mention) ?? scan.Mentions.Find(m => m.Last < mention.LeadFirst && m.Entity?.Kind == EntityKind.Country
                && m.Form is MentionForm.Name or MentionForm.Seat && MentionRoles.CanBeSubject(scan, m))?.Entity;
            var office = mention.Office! with
            {
                Of = of,
                NotOf = of is null ? CounterpartStates(scan, mention) : [],
                SentenceStates = [.. scan.Mentions.Select(m => m.Entity).OfType<DocEntity>().Where(e => e.Kind == EntityKind.Country).Distinct()],
            };
            if (!mention.Entity!.Offices.Exists(o => o.Role == office.Role && o.Of == office.Of))
            {
                mention.Entity.Offices.Add(office);
            }
        }

        foreach (var mention in scan.Mentions)
        {
            if (mention.Entity is null && mention.Group.Count == 0)
            {
                ResolveReference(scan, mention);
            }

            discourse.Observe(mention, clauses, MentionRoles.CanBeSubject(scan, mention));
        }

        TrackTerritoryLists(scan);
        TrackCoordinatedActors(scan);
    }

    // "Vice Admiral Yevfimy Putyatin of the Russian Empire": the state named right after the title's holder.
    private static DocEntity? OfState(SentenceScan scan, Mention holder) =>
        scan.Lower(holder.Last + 1) == "of"
            ? scan.Mentions.Find(m => m.Entity?.Kind == EntityKind.Country && m.Form == MentionForm.Name
                && (m.First == holder.Last + 2 || (m.First == holder.Last + 3 && scan.Lower(holder.Last + 2) == "the")))?.Entity
            : null;

    // States the holder is not of: other people of the sentence whose title states theirs, and "<demonym> counterpart(s)".
    private static List<DocEntity> CounterpartStates(SentenceScan scan, Mention holder)
    {
        var states = scan.Mentions
            .Where(m => m != holder && m.Office is not null && m.Entity != holder.Entity && m.OfficePrefix?.Entity is { Kind: EntityKind.Country })
            .Select(m => m.OfficePrefix!.Entity!)
            .ToList();
        states.AddRange(scan.Mentions
            .Where(m => m.Form == MentionForm.Demonym && m.Entity is { Kind: EntityKind.Country } && scan.Lower(m.Last + 1) is "counterpart" or "counterparts")
            .Select(m => m.Entity!));
        return [.. states.Distinct()];
    }

    // "Russia and Japan have been negotiating", "Hatoyama and Bulganin could not": a pair that "they" and "the two sides" point to.
    private void TrackCoordinatedActors(SentenceScan scan)
    {
        var actors = scan.Mentions.Where(m => m.Entity is { Kind: EntityKind.Person or EntityKind.Country } && m.Group.Count == 0 && MentionRoles.CanBeSubject(scan, m)).ToList();
        for (var i = 0; i + 1 < actors.Count; i++)
        {
            var a = actors[i];
            var b = actors[i + 1];
            if (a.Entity!.Kind == b.Entity!.Kind && scan.Word(b.LeadFirst - 1) == "and" && (b.LeadFirst - 1 == a.Last + 1 || (scan.Word(a.Last + 1) == "the" && b.LeadFirst - 1 == a.Last + 2)))
            {
                discourse.SetPluralActors([a.Entity, b.Entity], scan.Sentence.Index);
            }
        }
    }

    private void ResolveReference(SentenceScan scan, Mention mention)
    {
        if (mention.Kind == EntityKind.Treaty)
        {
            treaties.Resolve(scan, mention);
            return;
        }

        switch (mention.Anaphor)
        {
            case AnaphorKind.Person when mention.RoleTitle is not null:
                Attach(mention, RoleHolder(mention));
                break;
            case AnaphorKind.Person:
                Attach(mention, SameSentenceSubject(scan, mention, EntityKind.Person) ?? discourse.SubjectPerson ?? (discourse.RecentPersons.Count > 0 ? discourse.RecentPersons[0] : null));
                break;
            case AnaphorKind.Leaders:
                mention.Group.AddRange(discourse.Leaders(mention.Count > 0 ? mention.Count : 2));
                break;
            case AnaphorKind.Countries:
                mention.Group.AddRange(Countries(mention));
                break;
            case AnaphorKind.Territories:
                mention.Group.AddRange(discourse.TerritoryGroup);
                break;
            case AnaphorKind.Territory:
                Attach(mention, discourse.Territory);
                break;
            case AnaphorKind.Thing:
                Attach(mention, Thing(scan, mention));
                break;
            case AnaphorKind.Plural:
                mention.Group.AddRange(Plural(scan, mention));
                break;
            default:
                break;
        }

        if (mention.Group.Count > 0 && mention.Group.All(e => e.Kind == EntityKind.Territory))
        {
            mention.Kind = EntityKind.Territory;
        }
        else if (mention.Group.Count > 0 && mention.Group.All(e => e.Kind == EntityKind.Person))
        {
            mention.Kind = EntityKind.Person;
        }
    }

    private void Attach(Mention mention, DocEntity? entity)
    {
        if (entity is not null)
        {
            mention.Kind = entity.Kind;
            DocumentEntities.Attach(mention, entity, text);
        }
    }

    private DocEntity? RoleHolder(Mention mention)
    {
        var of = mention.RoleOf?.Entity;
        return discourse.RecentPersons.FirstOrDefault(p => p.Offices.Exists(o =>
            o.Role.EndsWith(mention.RoleTitle!, StringComparison.OrdinalIgnoreCase) && (of is null || o.Of is null || o.Of == of)));
    }

    private static DocEntity? SameSentenceSubject(SentenceScan scan, Mention pronoun, EntityKind kind)
    {
        DocEntity? found = null;
        foreach (var m in scan.Mentions)
        {
            if (m.First >= pronoun.First)
            {
                break;
            }

            if (m.Entity?.Kind == kind && m.Group.Count == 0 && MentionRoles.CanBeSubject(scan, m))
            {
                found = m.Entity;
            }
        }

        return found;
    }

    private DocEntity? Thing(SentenceScan scan, Mention mention)
    {
        var next = scan.Lower(mention.Last + 1);
        var after = scan.Lower(mention.Last + 2);
        if (mention.Possessor && (next is "article" or "articles" or "text" or "terms" or "provisions" or "clause" || after is "article" or "clause"))
        {
            return discourse.Treaties.OrderByDescending(t => t.Mentions.Count).FirstOrDefault(); // the treaty the story is about
        }

        var sameSentence = SameSentenceSubject(scan, mention, EntityKind.Country) ?? SameSentenceSubject(scan, mention, EntityKind.Organization);
        if (sameSentence is not null)
        {
            return sameSentence;
        }

        var treaty = scan.Mentions.LastOrDefault(m => m.First < mention.First && m.Entity?.Kind == EntityKind.Treaty);
        return treaty?.Entity ?? discourse.SubjectThing;
    }

    private IEnumerable<DocEntity> Plural(SentenceScan scan, Mention mention)
    {
        var word = scan.Lower(mention.First);
        var before = scan.Lower(mention.First - 1);
        var territorial = discourse.TerritoryGroup.Count > 0 && scan.Sentence.Index - discourse.TerritoryGroupSentence <= 3
            && (word == "them" && before is not ("between" or "with" or "of" or "among")
                || (word == "they" && scan.Spells(mention.Last + 1, "must be returned", out _)));
        if (territorial)
        {
            return discourse.TerritoryGroup;
        }

        var earlier = scan.Mentions.Where(m => m.Last < mention.First && m.Entity is { Kind: EntityKind.Country or EntityKind.Person } && MentionRoles.CanBeSubject(scan, m)).ToList();
        for (var i = earlier.Count - 1; i > 0; i--)
        {
            var joiner = earlier[i].LeadFirst - 1;
            if ((scan.Word(joiner) == "and" || (scan.Word(joiner) == "the" && scan.Word(joiner - 1) == "and")) && earlier[i].Entity!.Kind == earlier[i - 1].Entity!.Kind)
            {
                return [earlier[i - 1].Entity!, earlier[i].Entity!]; // "Japan and the Soviet Union ended their state of war"
            }
        }

        return discourse.PluralActors.Count > 0 ? discourse.PluralActors : discourse.SalientCountries(2);
    }

    private IEnumerable<DocEntity> Countries(Mention mention)
    {
        var count = mention.Count > 0 ? mention.Count : 2;
        var recent = mention.SentenceIndex - discourse.PluralActorsSentence <= 2;
        if (recent && discourse.PluralActors.Count == count && discourse.PluralActors.All(p => p.Kind == EntityKind.Country))
        {
            return discourse.PluralActors;
        }

        if ((mention.Possessor || recent) && discourse.PluralActors.Count > 0 && discourse.PluralActors.All(p => p.Kind == EntityKind.Person))
        {
            var states = discourse.PluralActors.SelectMany(p => p.Offices.Select(o => o.Of)).OfType<DocEntity>().Where(e => e.Kind == EntityKind.Country).Distinct().ToList();
            if (states.Count >= 2)
            {
                return states;
            }
        }

        return discourse.SalientCountries(count);
    }

    // Territories listed together ("Iturup, Kunashir, Shikotan and the Habomai islets") become the group "the islands" points to.
    private void TrackTerritoryLists(SentenceScan scan)
    {
        var run = new List<DocEntity>();
        Mention? previous = null;
        foreach (var m in scan.Mentions.Where(m => m.Kind == EntityKind.Territory && m.Form is MentionForm.Name))
        {
            var joined = previous is not null && Enumerable.Range(previous.Last + 1, Math.Max(0, m.First - previous.Last - 1))
                .All(i => scan.Word(i) is "," or "and" or "or" or "the" || scan.Lower(i) is "islands" or "island");
            if (!joined && run.Count >= 2)
            {
                discourse.SetTerritoryGroup(run, scan.Sentence.Index);
            }

            if (!joined)
            {
                run.Clear();
            }

            run.AddRange(m.Referents);
            previous = m;
        }

        if (run.Count >= 2)
        {
            discourse.SetTerritoryGroup(run, scan.Sentence.Index);
        }
    }

    private static GazetteerEntry? Pick(IReadOnlyList<GazetteerEntry> candidates, int timeKey)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        return candidates.FirstOrDefault(c => c.FromKey <= timeKey && timeKey <= c.ToKey)
            ?? candidates.OrderByDescending(c => c.ToKey).First();
    }
}
