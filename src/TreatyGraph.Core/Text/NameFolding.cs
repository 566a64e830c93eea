using System.Globalization;
using System.Text;

namespace TreatyGraph.Core.Text;

/// <summary>
/// The one way names are compared everywhere (search in every store, linking in ingestion): compatibility
/// forms unified (full-width Latin, half-width kana), accents and case dropped in Latin, Greek and Cyrillic
/// (so "Shinzō" is "shinzo", "Итуруп" is "итуруп", "Wałęsa" is "walesa"), apostrophes dropped, other
/// punctuation and dashes read as spaces, white space collapsed. Kana and kanji keep their marks ("ガ" is not
/// "カ"). Scripts are never mapped onto each other: "Iturup" and "Итуруп" stay different, so aliases carry
/// every script.
/// </summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(composed.Length);
        var space = false;
        var marksAreAccents = false;

        // Runes, not chars: kanji outside the BMP (𠮷) are letters too.
        foreach (var rune in composed.EnumerateRunes())
        {
            if (IsApostrophe(rune))
            {
                continue;
            }

            if (IsMark(rune))
            {
                // A mark NFKC could not compose (Russian stress "и́") belongs to its letter: an accent to
                // drop after Latin, Greek or Cyrillic, part of the letter elsewhere.
                if (!marksAreAccents && !space && sb.Length > 0)
                {
                    sb.Append(rune);
                }

                continue;
            }

            if (!Rune.IsLetterOrDigit(rune))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            marksAreAccents = HasStrippableAccents(rune);
            if (marksAreAccents)
            {
                AppendUnaccented(sb, rune);
            }
            else
            {
                sb.Append(Rune.ToLowerInvariant(rune));
            }
        }

        return sb.ToString();
    }

    /// <summary>Apostrophes join a word ("People's", "Ma'anshan", "Hawaiʻi") rather than split it.</summary>
    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '\u2018' or '\u2019' or '\u02bb' or '\u02bc';

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Latin, Greek and Cyrillic (with their extended blocks) carry accents that readers ignore when searching.
    private static bool HasStrippableAccents(Rune rune) => rune.Value < 0x0530 || rune.Value is >= 0x1E00 and <= 0x1FFF;

    private static void AppendUnaccented(StringBuilder sb, Rune rune)
    {
        foreach (var c in rune.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (Replacement(lower) is { } replacement)
            {
                sb.Append(replacement);
            }
            else
            {
                sb.Append(lower);
            }
        }
    }

    // Letters whose accent is drawn into them, so Unicode has no decomposition to drop it from; and the
    // final sigma, which is the same letter as σ.
    private static string? Replacement(char c) => c switch
    {
        'ł' => "l",
        'ø' => "o",
        'đ' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ς' => "σ",
        _ => null,
    };
}
