using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Text;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Runs the recognisers over every sentence in priority order (periods, dateline, titled people, treaties,
/// territory phrases, the gazetteer, headed names, given names), then finds surnames of the people named so
/// far anywhere in the article ("Medvedev" in a headline before "Dmitry Medvedev"), then organisations,
/// places and anaphors.
/// </summary>
internal static class MentionFinder
{
    public static (IReadOnlyList<SentenceScan> Scans, IReadOnlyList<PeriodMention> Periods) Find(SegmentedText text, MentionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var periods = new PeriodRecognizer();
        IMentionRecognizer[] first =
        [
            periods, new DatelineRecognizer(), new TitledPersonRecognizer(), new TreatyRecognizer(), new TerritoryRecognizer(phrases: true),
            new GazetteerRecognizer(), new TerritoryRecognizer(phrases: false), new PersonNameRecognizer(),
        ];
        IMentionRecognizer[] second = [new OrganizationRecognizer(), new PlaceRecognizer(), new AnaphorRecognizer()];

        var scans = text.Sentences.Select(s => new SentenceScan(s, text.Text)).ToList();
        foreach (var scan in scans)
        {
            foreach (var recognizer in first)
            {
                recognizer.Find(scan, context);
            }
        }

        var surnames = Surnames(scans);
        foreach (var scan in scans)
        {
            FindSurnames(scan, context, surnames);
            foreach (var recognizer in second)
            {
                recognizer.Find(scan, context);
            }

            scan.Mentions.Sort((a, b) => a.First.CompareTo(b.First));
        }

        return (scans, periods.Found);
    }

    private static HashSet<string> Surnames(IEnumerable<SentenceScan> scans)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scan in scans)
        {
            foreach (var mention in scan.Mentions.Where(m => m.Kind == EntityKind.Person && m.Last > m.First))
            {
                names.Add(NameFolding.Fold(scan.Word(mention.Last)));
            }
        }

        return names;
    }

    private static void FindSurnames(SentenceScan scan, MentionContext context, HashSet<string> surnames)
    {
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (!scan.IsClaimed(i) && context.IsNameWord(scan, i) && surnames.Contains(NameFolding.Fold(scan.Word(i))))
            {
                scan.TryAdd(new Mention
                {
                    Sentence = scan.Sentence,
                    First = i,
                    Last = i,
                    Kind = EntityKind.Person,
                    Form = MentionForm.Name,
                    NewName = scan.Word(i),
                });
            }
        }
    }
}
