using TreatyGraph.Core.Text;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// Names the linker knows, keyed by their folded form (<see cref="NameFolding"/>): the graph's entities and
/// aliases, the world's countries and historical states with demonyms and seats of government, international
/// organisations, disputed territories and capitals. Built by <see cref="GazetteerBuilder"/>.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, List<GazetteerEntry>> _byName = new(StringComparer.Ordinal);

    public int MaxWords { get; private set; } = 1;

    public int Count => _byName.Count;

    public void Add(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = NameFolding.Fold(entry.Surface);
        if (key.Length == 0)
        {
            return;
        }

        if (!_byName.TryGetValue(key, out var list))
        {
            _byName[key] = list = [];
        }

        if (!list.Exists(e => e.EntityId == entry.EntityId && e.Role == entry.Role && e.Surface == entry.Surface))
        {
            list.Add(entry);
        }

        MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
    }

    public IReadOnlyList<GazetteerEntry> Lookup(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return _byName.TryGetValue(NameFolding.Fold(surface), out var list) ? list : [];
    }

    /// <summary>The entries whose name equals <paramref name="surface"/> as written, honouring case rules.</summary>
    public IReadOnlyList<GazetteerEntry> Match(string surface)
    {
        var entries = Lookup(surface);
        if (entries.Count == 0)
        {
            return entries;
        }

        // One word needs its capital ("China", not "china"); a longer name needs one somewhere ("southern Kuril Islands").
        var capital = surface.Contains(' ', StringComparison.Ordinal)
            ? surface.Any(char.IsUpper)
            : surface.Length > 0 && (char.IsUpper(surface[0]) || char.IsDigit(surface[0]));
        var bare = surface.Replace(".", string.Empty, StringComparison.Ordinal);
        return [.. entries.Where(e => e.ExactCase
            ? string.Equals(bare, e.Surface.Replace(".", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)
            : capital || e.Role == NameRole.Epithet || (e.Surface.Length > 0 && char.IsLower(e.Surface[0])))];
    }
}
