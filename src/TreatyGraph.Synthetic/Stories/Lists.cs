namespace TreatyGraph.Synthetic.Stories;

/// <summary>English lists: "A", "A and B", "A, B and C".</summary>
internal static class Lists
{
    public static string And(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
