namespace TreatyGraph.Core.Text;

/// <summary>
/// How well a folded query matches a folded name, the same in every store: the whole name beats the start
/// of the name, which beats the start of a word, which beats any substring; among equals, the query
/// covering more of the name wins. Null when the name does not contain the query.
/// </summary>
public static class NameMatch
{
    public static double? Score(string foldedQuery, string foldedName)
    {
        ArgumentNullException.ThrowIfNull(foldedQuery);
        ArgumentNullException.ThrowIfNull(foldedName);
        if (foldedQuery.Length == 0)
        {
            return null;
        }

        var at = foldedName.IndexOf(foldedQuery, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        double tier;
        if (foldedName.Length == foldedQuery.Length)
        {
            tier = 4;
        }
        else if (at == 0)
        {
            tier = 3;
        }
        else if (foldedName[at - 1] == ' ' || StartsWord(foldedName, foldedQuery))
        {
            tier = 2;
        }
        else
        {
            tier = 1;
        }

        // Coverage in (0, 1] breaks ties inside a tier; rounded so every store computes the same double.
        return tier + Math.Round((double)foldedQuery.Length / foldedName.Length, 6);
    }

    private static bool StartsWord(string name, string query) =>
        name.Contains(" " + query, StringComparison.Ordinal);
}
