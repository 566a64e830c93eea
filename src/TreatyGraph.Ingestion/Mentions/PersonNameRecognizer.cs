using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// People without a title: a known given name followed by a capitalised word ("Dmitry Medvedev"), or an
/// unknown two- or three-word name right before a reporting verb ("Jane Roe said").
/// </summary>
internal sealed class PersonNameRecognizer : IMentionRecognizer
{
    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "stressed", "noted", "added", "announced", "insisted", "warned", "argued", "wrote", "explained",
    };

    public void Find(SentenceScan scan, MentionContext context)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.IsClaimed(i) || !context.IsNameWord(scan, i))
            {
                continue;
            }

            var end = context.NameRunEnd(scan, i, 3);
            if (end <= i)
            {
                continue;
            }

            var given = context.Lexicon.GivenNames.Contains(scan.Word(i));
            var reported = end + 1 < scan.Tokens.Count && Reporting.Contains(scan.Word(end + 1));
            if (!given && !reported || context.Match(scan, i, end).Count > 0)
            {
                continue;
            }

            scan.TryAdd(new Mention
            {
                Sentence = scan.Sentence,
                First = i,
                Last = end,
                Kind = EntityKind.Person,
                Form = MentionForm.Name,
                NewName = scan.Span(i, end),
            });
            i = end;
        }
    }
}
