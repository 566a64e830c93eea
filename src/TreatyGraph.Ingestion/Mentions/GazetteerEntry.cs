using TreatyGraph.Core.Domain;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// One name the gazetteer knows: the entity it names (<see cref="EntityId"/>, <see cref="Kind"/>, canonical
/// <see cref="CanonicalName"/>), how (<see cref="Role"/>), and for seats of government the years it held
/// (<see cref="FromKey"/>..<see cref="ToKey"/>, yyyymmdd).
/// </summary>
internal sealed record GazetteerEntry(string Surface, EntityKind Kind, string EntityId, string CanonicalName, NameRole Role)
{
    public int FromKey { get; init; } = int.MinValue;

    public int ToKey { get; init; } = int.MaxValue;

    /// <summary>Came from the graph (seed data or ingested), not from the built-in lists.</summary>
    public bool FromGraph { get; init; }

    /// <summary>Acronyms ("US", "UN") match only as written; other names need a capital unless they are epithets.</summary>
    public bool ExactCase => Surface.Length <= 5 && Surface.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
