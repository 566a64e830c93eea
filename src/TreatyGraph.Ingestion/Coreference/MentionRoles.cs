using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Coreference;

/// <summary>Where a mention sits in its sentence: after a preposition, as a possessor, as the prefix of someone's title.</summary>
internal static class MentionRoles
{
    public static bool IsPrepositional(SentenceScan scan, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(mention);
        var i = mention.LeadFirst - 1;
        while (i >= 0 && scan.Lower(i) is "the" or "a" or "an" or "all" or "former" or "both" or "its" or "their" or "his" or "her")
        {
            i--;
        }

        return i >= 0 && Lexicon.Default.Prepositions.Contains(scan.Word(i));
    }

    public static bool IsPossessor(SentenceScan scan, Mention mention) =>
        mention.Possessor || (mention.Last + 1 < scan.Tokens.Count && scan.Tokens[mention.Last + 1].IsPossessive);

    public static bool IsTitlePrefix(SentenceScan scan, Mention mention) =>
        scan.Mentions.Exists(m => m.OfficePrefix == mention) || scan.Mentions.Exists(m => m.RoleOf == mention);

    /// <summary>Could be the subject of a verb: not after a preposition, not a title's prefix, not a bare nationality adjective.</summary>
    public static bool CanBeSubject(SentenceScan scan, Mention mention) =>
        !IsPrepositional(scan, mention) && !IsTitlePrefix(scan, mention) && (mention.Form != MentionForm.Demonym || mention.Agentive);
}
