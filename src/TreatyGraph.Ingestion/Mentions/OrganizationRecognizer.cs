using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Organisations nobody listed: a capitalised name ending in an organisation head ("Economic Cooperation",
/// "Organization", "Council"), not made only of a nationality and the head ("Japanese Navy" is left alone).
/// </summary>
internal sealed class OrganizationRecognizer : IMentionRecognizer
{
    public void Find(SentenceScan scan, MentionContext context)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i) || !context.IsNameWord(scan, i) && !(scan.Tokens[i].IsCapitalized && context.Lexicon.NotNames.Contains(scan.Word(i)) && scan.Word(i) is not ("The" or "A")))
            {
                continue;
            }

            var end = i;
            var found = -1;
            for (var j = i + 1; j < scan.Tokens.Count && j - i < 6 && !scan.IsClaimed(j); j++)
            {
                var t = scan.Tokens[j];
                if (t.Text == "-" && !t.SpaceBefore || t.IsCapitalized || t.Text is "of" or "for" or "and")
                {
                    end = j;
                    if (t.IsCapitalized && context.Lexicon.OrganizationHeads.Contains(t.Text))
                    {
                        found = j;
                    }

                    continue;
                }

                break;
            }

            if (found < 0 || found - i < 1 || context.Match(scan, i, i).Any(e => e.Role == NameRole.Demonym) && found - i == 1)
            {
                continue;
            }

            scan.TryAdd(new Mention
            {
                Sentence = scan.Sentence,
                First = i,
                Last = found,
                Kind = EntityKind.Organization,
                Form = MentionForm.Name,
                NewName = scan.Span(i, found),
            });
            i = found;
            _ = end;
        }
    }
}
