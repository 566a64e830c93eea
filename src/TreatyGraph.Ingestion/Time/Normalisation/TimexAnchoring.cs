using System.Globalization;
using TreatyGraph.Core.Text;

namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>
/// Resolves raw values in document order. Anchors: the document date (<c>@dct</c>), the last date
/// mentioned (<c>@ref</c>: "that year", "two years later", "back then"; a date in a past-perfect clause
/// is background and does not become the anchor), and the day this sentence is about (<c>@day</c>, for
/// clock times; else the first day the sentence before named). A yearless date takes the year of an explicit date earlier in its sentence ("in 1956
/// ... in October"), else, while a story set at least two years back runs on in months and days, that story's
/// year ("In February 1945 ... On Aug. 8"), else the year that its tense and the document date call for. Without a document
/// date, what depends on it keeps its X digits.
/// </summary>
internal sealed class TimexAnchoring(TenseCues tenseCues)
{
    public IReadOnlyList<Timex> Resolve(string text, IReadOnlyList<RawTimex> raws, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(raws);
        var sentences = SentenceSegmenter.Split(text);
        var state = new AnchorState(documentDate);
        var result = new List<Timex>(raws.Count);
        var sentence = -1;
        IReadOnlyList<TenseCue>? cues = null;
        List<(int Start, int End)> sentenceSpans = [];

        // A clock time before the day it is on ("at 9 a.m. on Sunday") waits for the end of its sentence.
        var waiting = new List<int>();
        void SettleWaiting()
        {
            foreach (var index in waiting)
            {
                result[index] = result[index] with { Value = ResolveValue(raws[index], state, () => Tense.Unknown) };
            }

            waiting.Clear();
        }

        for (var i = 0; i < raws.Count; i++)
        {
            var raw = raws[i];
            var at = SentenceOf(sentences, raw.Start, Math.Max(sentence, 0));
            if (at != sentence)
            {
                SettleWaiting();
                for (var passed = sentence; passed < at; passed++)
                {
                    state.NewSentence(); // sentences without a time expression count too: "the sentence before" is the one just read
                }

                sentence = at;
                cues = null;
                var to = at < sentences.Count ? sentences[at].End : text.Length;
                sentenceSpans = [];
                for (var j = i; j < raws.Count && raws[j].Start < to; j++)
                {
                    sentenceSpans.Add((raws[j].Start, raws[j].End));
                }
            }

            Tense TenseHere()
            {
                cues ??= sentence < sentences.Count ? tenseCues.Find(text, sentences[sentence].Start, sentences[sentence].End) : [];
                return TenseCues.Around(cues, raw.Start, raw.End, sentenceSpans);
            }

            if (raw.Value.StartsWith("@day", StringComparison.Ordinal) && state.SentenceDay is null)
            {
                waiting.Add(result.Count);
                result.Add(new Timex(raw.Start, raw.End, text[raw.Start..raw.End], raw.Type, raw.Value) { Mod = raw.Mod });
                continue;
            }

            var value = raw.Type is TimexType.Duration or TimexType.Set ? raw.Value : ResolveValue(raw, state, TenseHere);
            if (raw.Type is TimexType.Date or TimexType.Time && CalendarPoint.TryParse(value, out var point))
            {
                state.Mentioned(point, value, IsExplicit(raw.Value), background: TenseHere() == Tense.PastPerfect);
            }

            result.Add(new Timex(raw.Start, raw.End, text[raw.Start..raw.End], raw.Type, value) { Mod = raw.Mod });
        }

        SettleWaiting();
        return result;
    }

    private static string ResolveValue(RawTimex raw, AnchorState state, Func<Tense> tense)
    {
        try
        {
            if (raw.Value.StartsWith('@'))
            {
                return AnchoredValue.Parse(raw.Value) is { } anchored ? Anchored(anchored, state) : raw.Value;
            }

            return raw.Value.StartsWith("XXXX", StringComparison.Ordinal) ? Yearless(raw, state, tense) : raw.Value;
        }
        catch (ArgumentOutOfRangeException)
        {
            // "10,000 years ago", or a document dated in year 1: off the calendar DateOnly knows.
            return AnchoredValue.Parse(raw.Value)?.Unresolved() ?? "XXXX";
        }
    }

    private static string Anchored(AnchoredValue value, AnchorState state)
    {
        var anchor = value.Anchor switch
        {
            "dct" => state.DocumentDay,
            "ref" => state.Reference?.Point ?? state.DocumentDay,
            _ => state.SentenceDay ?? state.PreviousSentenceDay ?? state.DocumentDay,
        };
        if (anchor is not { } point)
        {
            return value.Unresolved();
        }

        if (value.Vague)
        {
            return value.Unresolved();
        }

        if (value.Unit is not { } unit)
        {
            return value.Anchor == "ref" && state.Reference is { } reference && value.Rest.Length == 0
                ? reference.Value
                : point.Format(point.Granularity) + value.Rest;
        }

        // Days cannot be counted from "1956": the result keeps the anchor's own precision.
        var moved = unit >= point.Granularity ? point.Shift(unit, value.Amount ?? 0) : point;
        var output = value.Output ?? unit;
        var formatted = moved.Format(output);
        var rest = value.Rest;
        if (rest.StartsWith('-') && rest.Length > 1 && char.IsDigit(rest[1]) && formatted.Length != 4)
        {
            rest = string.Empty;
        }

        return formatted + rest;
    }

    private static string Yearless(RawTimex raw, AnchorState state, Func<Tense> tense)
    {
        var mark = raw.Value.Length > 4 && raw.Value[4] is '<' or '>' or '=' ? raw.Value[4] : ' ';
        var rest = raw.Value[(mark == ' ' ? 4 : 5)..];
        if (rest.StartsWith("-WXX-", StringComparison.Ordinal) && rest.Length > 5 && char.IsDigit(rest[5]))
        {
            return state.DocumentDay is { } dct
                ? Weekday(rest[5] - '0', mark, tense(), dct.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + rest[6..]
                : "XXXX" + rest;
        }

        if (PositionInYear.Parse(rest, raw.Mod) is not { } position)
        {
            return "XXXX" + rest;
        }

        if (mark == ' ' && state.SentenceYear is { } year)
        {
            return year.ToString("0000", CultureInfo.InvariantCulture) + rest;
        }

        if (mark == ' ' && state.Narrative is { } story && tense() is var narrativeTense && narrativeTense != Tense.Future)
        {
            // "In February 1945 ... On Aug. 8 he summoned Sato": the story is still in 1945; told forward, a month
            // before the last one named is the next year's ("Dec. 12, 1956 ... in January"), unless told as before.
            var storyYear = story.Day.Year;
            if (narrativeTense != Tense.PastPerfect && position.FirstMonth < story.Day.Month)
            {
                storyYear++;
            }

            return storyYear.ToString("0000", CultureInfo.InvariantCulture) + rest;
        }

        return state.DocumentDay is { } anchor
            ? YearPosition.Resolve(position, mark, tense(), anchor.Day).ToString("0000", CultureInfo.InvariantCulture) + rest
            : "XXXX" + rest;
    }

    /// <summary>A weekday next to the document date: news means this week's, the past one unless the clause speaks of the future.</summary>
    private static DateOnly Weekday(int isoDay, char mark, Tense tense, DateOnly anchor)
    {
        var today = anchor.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)anchor.DayOfWeek;
        var back = (today - isoDay + 7) % 7;
        var ahead = (isoDay - today + 7) % 7;
        return mark switch
        {
            '<' => anchor.AddDays(-(back == 0 ? 7 : back)),
            '>' => anchor.AddDays(ahead == 0 ? 7 : ahead),
            '=' => anchor.AddDays(isoDay - today),
            _ when back == 0 => anchor,
            _ => tense == Tense.Future ? anchor.AddDays(ahead) : anchor.AddDays(-back),
        };
    }

    private static bool IsExplicit(string rawValue) => rawValue.Length >= 4 && char.IsDigit(rawValue[0]);

    private static int SentenceOf(IReadOnlyList<Core.Domain.TextSpan> sentences, int position, int from)
    {
        for (var i = from; i < sentences.Count; i++)
        {
            if (position < sentences[i].End)
            {
                return i;
            }
        }

        return sentences.Count;
    }
}
