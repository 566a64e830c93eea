using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>The city of a wire dateline ("TOKYO, Nov. 2 --") is a place; the rest of the dateline is not text to mine.</summary>
internal sealed class DatelineRecognizer : IMentionRecognizer
{
    public void Find(SentenceScan scan, MentionContext context)
    {
        if (context.Dateline is not { } line || line.Start < scan.Sentence.Start || line.Start >= scan.Sentence.End)
        {
            return;
        }

        var first = scan.Sentence.TokenAt(line.Start);
        var cityLast = scan.Sentence.TokenAt(line.CityEnd) - 1;
        var end = scan.Sentence.TokenAt(line.End) - 1;
        if (cityLast < first || end >= scan.Tokens.Count)
        {
            return;
        }

        var name = line.CityName;
        var known = context.Gazetteer.Match(name).Where(e => e.Kind == EntityKind.Place).ToList();
        scan.TryAdd(new Mention
        {
            Sentence = scan.Sentence,
            First = first,
            Last = cityLast,
            Kind = EntityKind.Place,
            Form = MentionForm.Name,
            Candidates = known,
            NewName = known.Count == 0 ? name : null,
        });
        scan.Claim(first, end);
    }
}
