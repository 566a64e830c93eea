using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// One entity as this article knows it: kind, canonical name, the names the text uses for it, its mentions,
/// the graph id it links to (when it is known) and what the text says about it (offices, treaty traits).
/// </summary>
internal sealed class DocEntity(EntityKind kind, string name)
{
    public EntityKind Kind { get; } = kind;

    public string Name { get; set; } = name;

    /// <summary>The graph's or the built-in list's id; null for a name nobody listed yet.</summary>
    public string? KnownId { get; set; }

    public List<Mention> Mentions { get; } = [];

    public SortedSet<string> Surfaces { get; } = new(StringComparer.Ordinal);

    public List<Office> Offices { get; } = [];

    public TreatyTraits? Treaty { get; set; }

    /// <summary>Territories: the groups it belongs to per the built-in list ("Southern Kuril Islands").</summary>
    public IReadOnlyList<string> Parts { get; set; } = [];

    public string Id => KnownId ?? EntityIds.For(Kind, Name);

    public bool IsLeader => Offices.Exists(o => o.Leader);

    public override string ToString() => $"{Kind}:{Name}";
}
