using TreatyGraph.Core.Domain;

namespace TreatyGraph.Core.Text;

/// <summary>
/// Splits cleaned article text into sentences as character spans. A sentence ends at '.', '!' or '?'
/// (with closing quotes and brackets) before white space and an upper-case letter, digit or opening quote,
/// unless the word before is an abbreviation ("Mr.", "Dec.", "U.S.") or an initial; a blank line always
/// ends one. Spans exclude surrounding white space.
/// </summary>
public static class SentenceSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen", "rep", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vol", "art", "fig", "approx", "etc", "vs", "inc", "corp", "ltd", "co",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            if (text[i] == '\n' && i + 1 < text.Length && IsBlankLineAhead(text, i))
            {
                Add(spans, text, start, i);
                start = SkipSpace(text, i);
                i = start;
                continue;
            }

            if (text[i] is '.' or '!' or '?' && EndsSentence(text, i, out var end))
            {
                Add(spans, text, start, end);
                start = SkipSpace(text, end);
                i = start;
                continue;
            }

            i++;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool EndsSentence(string text, int at, out int end)
    {
        end = at + 1;
        while (end < text.Length && text[end] is '"' or '\u201d' or '\u2019' or '\'' or ')' or ']' or '.' or '!' or '?')
        {
            end++;
        }

        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = SkipSpace(text, end);
        if (next >= text.Length)
        {
            return true;
        }

        var c = text[next];
        if (!(char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201c' or '\u2018' or '(' or '['))
        {
            return false;
        }

        return text[at] != '.' || !IsAbbreviation(text, at);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        return word.Contains('.', StringComparison.Ordinal) || Abbreviations.Contains(word);
    }

    private static bool IsBlankLineAhead(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
