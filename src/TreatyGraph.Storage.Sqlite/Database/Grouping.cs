namespace TreatyGraph.Storage.Sqlite.Database;

/// <summary>Collects child rows under their owner's id.</summary>
internal static class Grouping
{
    public static void Add<T>(this Dictionary<string, List<T>> groups, string key, T item)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = [];
            groups.Add(key, list);
        }

        list.Add(item);
    }
}
