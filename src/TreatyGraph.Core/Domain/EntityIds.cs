using System.Text;
using TreatyGraph.Core.Text;

namespace TreatyGraph.Core.Domain;

/// <summary>Entity ids are <c>kind:slug</c>, the slug an ASCII form of the English name.</summary>
public static class EntityIds
{
    /// <summary><c>EntityIds.For(EntityKind.Person, "Shinzō Abe")</c> is <c>person:shinzo-abe</c>.</summary>
    /// <exception cref="ArgumentException">The name has no Latin letter or digit to make a slug from.</exception>
    public static string For(EntityKind kind, string englishName)
    {
        var slug = Slug(englishName);
        return slug.Length == 0
            ? throw new ArgumentException($"'{englishName}' has no Latin letters or digits to make an id from; give the English name.", nameof(englishName))
            : $"{WireNames.Prefix(kind)}:{slug}";
    }

    /// <summary>
    /// Lower-case ASCII letters and digits joined by single hyphens: the name folded as every name is
    /// (<see cref="NameFolding.Fold"/>: accents and apostrophes dropped), anything else a separator.
    /// </summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = NameFolding.Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (!IsSlugCharacter(c))
            {
                pendingHyphen = true;
                continue;
            }

            if (pendingHyphen && sb.Length > 0)
            {
                sb.Append('-');
            }

            sb.Append(c);
            pendingHyphen = false;
        }

        return sb.ToString();
    }

    /// <summary>The kind named by an id's prefix, or null when the id has none we know.</summary>
    public static EntityKind? KindOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : WireNames.KindFromPrefix(id[..colon]);
    }

    /// <summary>True for ids <c>kind:slug</c> with a known kind and a slug as <see cref="Slug"/> makes them.</summary>
    public static bool IsWellFormed(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (KindOf(id) is null)
        {
            return false;
        }

        var slug = id.AsSpan(id.IndexOf(':', StringComparison.Ordinal) + 1);
        if (slug.IsEmpty || slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (c != '-' && !IsSlugCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSlugCharacter(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
