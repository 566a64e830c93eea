using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Marks what refers back: pronouns, role descriptions ("the Japanese prime minister", "the [Russian] president"),
/// groups ("the two leaders", "both countries", "the four islands") and agentive nationalities ("Soviet troops",
/// "the Soviet government"), which stand for their state. Coreference resolves them in reading order.
/// </summary>
internal sealed class AnaphorRecognizer : IMentionRecognizer
{
    private static readonly HashSet<string> AgentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "governments", "troops", "forces", "army", "navy", "authorities", "officials", "side", "delegation", "leadership", "military", "diplomats", "state",
    };

    private static readonly HashSet<string> CountryGroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "countries", "nations", "sides", "governments", "states", "neighbours", "neighbors", "capitals",
    };

    public void Find(SentenceScan scan, MentionContext context)
    {
        AgentiveDemonyms(scan, context);
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i))
            {
                continue;
            }

            var added = Group(scan, context, i) ?? Role(scan, context, i) ?? Pronoun(scan, context, i);
            if (added is not null && scan.TryAdd(added))
            {
                i = added.Last;
            }
        }
    }

    // "Soviet troops", "the Soviet government": the demonym mention stands for its state as an actor.
    private static void AgentiveDemonyms(SentenceScan scan, MentionContext context)
    {
        _ = context;
        foreach (var mention in scan.Mentions.Where(m => m.Form == MentionForm.Demonym).ToList())
        {
            if (AgentNouns.Contains(scan.Word(mention.Last + 1)) && !scan.IsClaimed(mention.Last + 1))
            {
                mention.Agentive = true;
            }
        }
    }

    private static Mention? Group(SentenceScan scan, MentionContext context, int i)
    {
        var words = context.Lexicon.Rules.Words;
        var j = i;
        if (scan.Lower(j) is "the" or "their" or "these" or "those" or "its")
        {
            j++;
        }

        var number = 0;
        if (words.Numbers.TryGetValue(scan.Lower(j), out var n))
        {
            number = n;
            j++;
        }

        if (j == i && scan.Lower(i) is not "both")
        {
            // A bare plural noun is not a group reference.
            return null;
        }

        var noun = scan.Lower(j);
        var kind = noun switch
        {
            "leaders" or "presidents" => AnaphorKind.Leaders,
            _ when CountryGroupNouns.Contains(noun) => AnaphorKind.Countries,
            "islands" or "islets" or "territories" or "isles" => AnaphorKind.Territories,
            "island" when number == 0 && scan.Lower(i) == "the" => AnaphorKind.Territory,
            _ => AnaphorKind.None,
        };
        if (kind == AnaphorKind.None || (kind == AnaphorKind.Territories && context.IsNameWord(scan, j + 1)))
        {
            return null;
        }

        if (kind == AnaphorKind.Territories && scan.Lower(j + 1) == "of")
        {
            return null; // "islands of the Lesser Kuril Ridge" introduces, it does not point back
        }

        return new Mention
        {
            Sentence = scan.Sentence,
            First = i,
            Last = j,
            Kind = kind is AnaphorKind.Leaders ? EntityKind.Person : kind is AnaphorKind.Countries ? EntityKind.Country : EntityKind.Territory,
            Form = MentionForm.Anaphor,
            Anaphor = kind,
            Count = number,
            Possessor = scan.Lower(i) == "their",
        };
    }

    // "the Japanese prime minister", "the [Russian] president", "the prime minister"
    private static Mention? Role(SentenceScan scan, MentionContext context, int i)
    {
        if (scan.Lower(i) is not ("the" or "his" or "her"))
        {
            return null;
        }

        var j = i + 1;
        Mention? nationality = scan.MentionAt(j) is { Kind: EntityKind.Country } m ? m : null;
        if (nationality is null && scan.Word(j) == "[" && scan.MentionAt(j + 1) is { Kind: EntityKind.Country } bracketed && scan.Word(bracketed.Last + 1) == "]")
        {
            nationality = bracketed;
            j = bracketed.Last + 2;
        }
        else if (nationality is not null)
        {
            j = nationality.Last + 1;
        }

        foreach (var nominal in context.Lexicon.Rules.Titles.Nominals)
        {
            foreach (var phrase in nominal.Words)
            {
                if (scan.Spells(j, phrase, out var last) && scan.IsFree(j, last) && !context.IsNameWord(scan, last + 1))
                {
                    return new Mention
                    {
                        Sentence = scan.Sentence,
                        First = nationality is null ? i : j,
                        Last = last,
                        Kind = EntityKind.Person,
                        Form = MentionForm.Anaphor,
                        Anaphor = AnaphorKind.Person,
                        RoleTitle = nominal.Title,
                        RoleOf = nationality,
                    };
                }
            }
        }

        return null;
    }

    private static Mention? Pronoun(SentenceScan scan, MentionContext context, int i)
    {
        if (!context.Lexicon.Rules.Words.Pronouns.TryGetValue(scan.Lower(i), out var type))
        {
            return null;
        }

        var kind = type switch
        {
            "person" => AnaphorKind.Person,
            "thing" => AnaphorKind.Thing,
            _ => AnaphorKind.Plural,
        };
        return new Mention
        {
            Sentence = scan.Sentence,
            First = i,
            Last = i,
            Kind = kind == AnaphorKind.Person ? EntityKind.Person : EntityKind.Country,
            Form = MentionForm.Pronoun,
            Anaphor = kind,
            Possessor = scan.Lower(i) is "his" or "her" or "its" or "their",
        };
    }
}
