using System.Globalization;
using System.Text;

namespace TreatyGraph.Core.Text;

/// <summary>
/// The one way names are compared everywhere (search in every store, linking in ingestion): compatibility
/// forms unified (full-width Latin, half-width kana), accents and case dropped in Latin, Greek and Cyrillic
/// (so "Shinzō" is "shinzo" and "Итуруп" is "итуруп"), punctuation and dashes read as spaces, white space
/// collapsed. Kana and kanji keep their marks. Scripts are never mapped onto each other: "Iturup" and
/// "Итуруп" stay different, so aliases carry every script.
/// </summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(composed.Length);
        var space = false;
        foreach (var c in composed)
        {
            if (c is '\'' or '\u2019' or '\u02bc')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            if (HasStrippableAccents(c))
            {
                foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    {
                        sb.Append(char.ToLowerInvariant(d));
                    }
                }
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    // Latin, Greek and Cyrillic (with their extended blocks) carry accents that readers ignore when searching.
    private static bool HasStrippableAccents(char c) => c < '\u0530' || c is >= '\u1E00' and <= '\u1FFF';
}
