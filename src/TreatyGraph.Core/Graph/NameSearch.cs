using TreatyGraph.Core.Text;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// The search rules every store follows, so that two stores return the same hits in the same order:
/// <list type="bullet">
/// <item>A query of at least <see cref="MinSubstringLength"/> characters (after folding) matches any name
/// containing it; a shorter one only names that start with it or have a word starting with it (a store
/// finds those with an index on folded names, not a scan).</item>
/// <item>An entity scores the best <see cref="NameMatch.Score"/> of its names; the matched name is the
/// first best one (the entity's name, then aliases in stored order).</item>
/// <item>Hits are ordered by score (higher first), then entity name, then id (both ordinal).</item>
/// </list>
/// </summary>
public static class NameSearch
{
    /// <summary>The shortest query (in characters) that may match inside a word.</summary>
    public const int MinSubstringLength = 3;

    /// <summary>True when <paramref name="foldedQuery"/> may match inside words (long enough for a trigram index).</summary>
    public static bool MatchesSubstrings(string foldedQuery)
    {
        ArgumentNullException.ThrowIfNull(foldedQuery);
        var runes = 0;
        foreach (var _ in foldedQuery.EnumerateRunes())
        {
            if (++runes >= MinSubstringLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="NameMatch.Score"/> under the rules above; null when the name does not match.</summary>
    public static double? Score(string foldedQuery, string foldedName)
    {
        var score = NameMatch.Score(foldedQuery, foldedName);
        return score is null || (score < 2 && !MatchesSubstrings(foldedQuery)) ? null : score;
    }

    /// <summary>
    /// The best <paramref name="first"/> entities among the candidates (which may hold names that do not
    /// match, and repeats), in hit order.
    /// </summary>
    public static IReadOnlyList<RankedName> Rank(string foldedQuery, IEnumerable<NameCandidate> candidates, int first)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = new Dictionary<string, (NameCandidate Name, double Score)>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (Score(foldedQuery, candidate.FoldedName) is not { } score)
            {
                continue;
            }

            if (!best.TryGetValue(candidate.EntityId, out var current)
                || score > current.Score
                || (score == current.Score && candidate.Order < current.Name.Order))
            {
                best[candidate.EntityId] = (candidate, score);
            }
        }

        return [.. best.Values
            .OrderByDescending(b => b.Score)
            .ThenBy(b => b.Name.EntityName, StringComparer.Ordinal)
            .ThenBy(b => b.Name.EntityId, StringComparer.Ordinal)
            .Take(Math.Max(first, 0))
            .Select(b => new RankedName(b.Name.EntityId, b.Name.Name, b.Score))];
    }

    /// <summary>
    /// The keys under which a folded name is indexed for short queries: the name itself and every suffix
    /// that starts a word. A query matches at a name's or a word's start exactly when some key starts with it.
    /// </summary>
    public static IEnumerable<string> WordStartKeys(string foldedName)
    {
        ArgumentNullException.ThrowIfNull(foldedName);
        if (foldedName.Length == 0)
        {
            yield break;
        }

        yield return foldedName;
        for (var i = foldedName.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = foldedName.IndexOf(' ', i + 1))
        {
            if (i + 1 < foldedName.Length)
            {
                yield return foldedName[(i + 1)..];
            }
        }
    }

    /// <summary>The folded query text, or empty when nothing searchable is left.</summary>
    public static string FoldQuery(string text) => NameFolding.Fold(text ?? string.Empty);
}
