using System.Globalization;
using System.Text;

namespace TreatyGraph.Core.Domain;

/// <summary>Entity ids are <c>kind:slug</c>, the slug an ASCII form of the English name.</summary>
public static class EntityIds
{
    /// <summary><c>EntityIds.For(EntityKind.Person, "Shinzō Abe")</c> is <c>person:shinzo-abe</c>.</summary>
    public static string For(EntityKind kind, string englishName) =>
        $"{WireNames.Prefix(kind)}:{Slug(englishName)}";

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents dropped.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(lower);
                pendingHyphen = false;
            }
            else if (lower != '\'' && lower != '\u2019')
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The kind named by an id's prefix, or null when the id has none we know.</summary>
    public static EntityKind? KindOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : WireNames.KindFromPrefix(id[..colon]);
    }

    /// <summary>True for ids of the form <c>kind:slug</c> with a known kind and a non-empty ASCII slug.</summary>
    public static bool IsWellFormed(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1 || KindOf(id) is null)
        {
            return false;
        }

        foreach (var c in id.AsSpan(colon + 1))
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
