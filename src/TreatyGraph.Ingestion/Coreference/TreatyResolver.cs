using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;
using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Coreference;

/// <summary>
/// Decides which treaty a treaty mention is. A name links to the gazetteer or makes a new treaty; a description
/// ("a peace treaty between Japan and Russia", "the 1956 declaration") is the latest treaty of the article whose
/// traits it does not contradict (noun, type, year, place, parties), else a new one; a bare "the declaration" or
/// "the document" points to the latest fitting treaty. Parties come from the words around the mention.
/// </summary>
internal sealed class TreatyResolver(DocumentEntities entities, Discourse discourse, Gazetteer gazetteer, string text)
{
    private static readonly HashSet<string> ConcludingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "sign", "signed", "signing", "signs", "conclude", "concluded", "concluding", "negotiate", "negotiated", "negotiating", "ratify", "ratified",
    };

    public void Resolve(SentenceScan scan, Mention mention)
    {
        var traits = mention.Treaty!;
        if (mention.Form == MentionForm.Anaphor)
        {
            var noun = traits.Noun;
            var antecedent = discourse.LastTreaty(t => t.Treaty!.Noun == noun)
                ?? (noun is "document" or "text" or "deal" or "agreement" or "pact" or "accord" or "treaty" ? discourse.LastTreaty(_ => true) : null);
            if (antecedent is not null)
            {
                DocumentEntities.Attach(mention, antecedent, text);
            }

            return;
        }

        Parties(scan, mention, traits);
        var fresh = traits.ProperName is null && (scan.Spells(mention.Last + 1, "of their own", out _) || scan.Lower(mention.First - 1) is "another" or "new");
        var match = fresh ? null : discourse.Treaties.LastOrDefault(t => Compatible(t.Treaty!, traits));
        if (match is null)
        {
            match = new DocEntity(EntityKind.Treaty, traits.ProperName ?? traits.Noun) { Treaty = new TreatyTraits { Noun = traits.Noun } };
            entities.All.Add(match);
            if (traits.ProperName is { } proper && gazetteer.Match(Strip(proper)).FirstOrDefault(e => e.Kind == EntityKind.Treaty) is { } known)
            {
                match.KnownId = known.EntityId;
                match.Name = known.CanonicalName;
            }
        }

        Merge(match.Treaty!, traits);
        DocumentEntities.Attach(mention, match, text);
    }

    private static bool Compatible(TreatyTraits existing, TreatyTraits mention)
    {
        if (existing.Noun != mention.Noun && !(existing.Noun is "treaty" or "pact" && mention.Noun is "treaty" or "pact"))
        {
            return false;
        }

        if (existing.ProperName is { } a && mention.ProperName is { } b && NameFolding.Fold(Strip(a)) != NameFolding.Fold(Strip(b)))
        {
            return existing.Year is not null && existing.Year == mention.Year;
        }

        if (existing.Type is not null && mention.Type is not null && existing.Type != mention.Type && mention.Type != "joint" && existing.Type != "joint")
        {
            return false;
        }

        if (existing.Year is not null && mention.Year is not null && existing.Year != mention.Year)
        {
            return false;
        }

        if (existing.PlaceName is not null && mention.PlaceName is not null && NameFolding.Fold(existing.PlaceName) != NameFolding.Fold(mention.PlaceName))
        {
            return false;
        }

        if (existing.Parties.Count > 0 && mention.Parties.Count > 0)
        {
            var overlap = existing.Parties.Intersect(mention.Parties).Count();
            if (overlap < Math.Min(existing.Parties.Count, mention.Parties.Count))
            {
                return false;
            }
        }

        return true;
    }

    private static void Merge(TreatyTraits into, TreatyTraits from)
    {
        into.Type ??= from.Type == "joint" && into.Type is not null ? into.Type : from.Type;
        if (from.Type == "joint")
        {
            into.Type ??= "joint";
        }

        into.Year ??= from.Year;
        into.PlaceName ??= from.PlaceName;
        into.ProperName ??= from.ProperName;
        foreach (var party in from.Parties.Where(p => !into.Parties.Contains(p)))
        {
            into.Parties.Add(party);
        }

        into.NamedParties.AddRange(from.NamedParties.Where(p => !into.NamedParties.Exists(q => q.EntityId == p.EntityId)));
    }

    // "Japan-Russia peace treaty", "Japan's first security treaty with the United States", "a peace treaty between
    // Japan and Russia", "Russia and Japan have been negotiating a peace treaty", "which the two countries have never signed".
    private void Parties(SentenceScan scan, Mention mention, TreatyTraits traits)
    {
        foreach (var named in traits.NamedParties)
        {
            Add(traits, entities.Get(named.Kind, named.CanonicalName, named.EntityId));
        }

        for (var j = mention.First - 1; j >= 0; j--)
        {
            if (scan.Word(j) is "-" or "\u2013" or "\u2014" or "'s" or "\u2019s" || scan.Lower(j) is "first" or "second" or "new")
            {
                continue;
            }

            if (scan.MentionAt(j) is { Kind: EntityKind.Country } m && m.Entity is not null)
            {
                Add(traits, m.Entity);
                j = m.First;
                continue;
            }

            break;
        }

        var after = mention.Last + 1;
        if (scan.Lower(after) is "between" or "with")
        {
            for (var j = after + 1; j < Math.Min(scan.Tokens.Count, after + 10); j++)
            {
                if (scan.MentionAt(j) is { } m && m.Referents.All(e => e.Kind == EntityKind.Country) && m.Referents.Count > 0)
                {
                    m.Referents.ToList().ForEach(e => Add(traits, e));
                    j = m.Last;
                }
                else if (scan.Word(j) is not ("and" or "," or "the"))
                {
                    break;
                }
            }
        }

        SubjectParties(scan, mention, traits);
    }

    private static void SubjectParties(SentenceScan scan, Mention mention, TreatyTraits traits)
    {
        var verb = -1;
        for (var j = mention.First - 1; j >= Math.Max(0, mention.First - 6); j--)
        {
            if (ConcludingVerbs.Contains(scan.Word(j)))
            {
                verb = j;
                break;
            }
        }

        if (verb < 0)
        {
            return;
        }

        foreach (var m in scan.Mentions.Where(m => m.Last < verb && MentionRoles.CanBeSubject(scan, m)))
        {
            foreach (var entity in m.Referents)
            {
                if (entity.Kind == EntityKind.Country)
                {
                    Add(traits, entity);
                }
                else if (entity.Kind == EntityKind.Person && entity.Offices.Find(o => o.Of?.Kind == EntityKind.Country)?.Of is { } state)
                {
                    Add(traits, state);
                }
            }
        }
    }

    private static void Add(TreatyTraits traits, DocEntity party)
    {
        if (party.Kind == EntityKind.Country && !traits.Parties.Contains(party))
        {
            traits.Parties.Add(party);
        }
    }

    private static string Strip(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
