using System.Collections.Concurrent;

namespace TreatyGraph.Storage.Sqlite.Timeline;

/// <summary>
/// Remembers the total counts of timeline queries for one version of the graph: counting a hub's tens of
/// thousands of events is the costly half of a page, and paging through the same query asks for it again
/// each time. Entries of another version never answer; the cache is emptied when it grows too large.
/// </summary>
internal sealed class CountCache
{
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, (long Version, int Count)> _counts = new(StringComparer.Ordinal);

    public bool TryGet(string key, long version, out int count)
    {
        if (_counts.TryGetValue(key, out var entry) && entry.Version == version)
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    public void Set(string key, long version, int count)
    {
        if (_counts.Count >= Capacity)
        {
            _counts.Clear();
        }

        _counts[key] = (version, count);
    }
}
