using System.Text;

namespace TreatyGraph.Synthetic.Names;

/// <summary>Romanises Russian names the way newspapers do (simplified BGN/PCGN, no diacritics).</summary>
internal static class Cyrillic
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "yo",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "y",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "yu",
        ['я'] = "ya",
    };

    public static bool IsCyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');

    public static string Romanize(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (!Letters.TryGetValue(lower, out var latin))
            {
                sb.Append(c);
                continue;
            }

            if (c != lower && latin.Length > 0)
            {
                sb.Append(char.ToUpperInvariant(latin[0])).Append(latin.AsSpan(1));
            }
            else
            {
                sb.Append(latin);
            }
        }

        return sb.ToString();
    }
}
