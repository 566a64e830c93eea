namespace TreatyGraph.Ingestion.Segmentation;

/// <summary>
/// Splits a span of text into tokens with offsets. Dotted abbreviations ("U.S.") stay whole; the possessive
/// "'s" and "n't" are split off; hyphens and other punctuation are tokens of their own.
/// </summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var j = i;
            if (IsAcronymAt(text, i, end, out var acronymEnd))
            {
                j = acronymEnd;
            }
            else if (char.IsLetterOrDigit(c))
            {
                while (j < end && (char.IsLetterOrDigit(text[j]) || char.GetUnicodeCategory(text[j]) is System.Globalization.UnicodeCategory.NonSpacingMark
                    || (text[j] is '.' or ',' && j + 1 < end && char.IsDigit(text[j + 1]) && j > i && char.IsDigit(text[j - 1]))))
                {
                    j++;
                }

                if (j - i > 1 && text[j - 1] == 'n' && j < end && IsApostrophe(text[j]) && j + 1 < end && text[j + 1] == 't' && (j + 2 >= end || !char.IsLetter(text[j + 2])))
                {
                    j--; // "didn't" -> "did" + "n't"
                }
            }
            else if (c == 'n' || IsApostrophe(c))
            {
                j = ApostropheEnd(text, i, end);
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                j = i + 2;
            }
            else
            {
                j = i + 1;
            }

            if (j == i)
            {
                j = i + 1;
            }

            tokens.Add(new Token(i, j, text[i..j], space));
            space = false;
            i = j;
        }

        return tokens;
    }

    private static int ApostropheEnd(string text, int i, int end)
    {
        if (text[i] == 'n' && i + 2 < end && IsApostrophe(text[i + 1]) && text[i + 2] == 't')
        {
            return i + 3;
        }

        if (IsApostrophe(text[i]) && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))
        {
            return i + 2;
        }

        return i + 1;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsAcronymAt(string text, int i, int end, out int acronymEnd)
    {
        acronymEnd = i;
        var j = i;
        var letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            j += 2;
            letters++;
        }

        if (letters >= 2 && (j >= end || !char.IsLetter(text[j])))
        {
            acronymEnd = j;
            return true;
        }

        return false;
    }
}
