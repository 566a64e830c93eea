namespace TreatyGraph.Core.Domain;

/// <summary>
/// A country, person, treaty, territory, organisation or place. <see cref="Id"/> is <c>kind:slug</c>
/// (see <see cref="EntityIds"/>) and never changes.
/// </summary>
public sealed record Entity(string Id, EntityKind Kind, string Name)
{
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    public string? WikidataId { get; init; }

    public string? Description { get; init; }

    /// <summary>Sources for the entity itself (its existence, names, dates).</summary>
    public IReadOnlyList<SourceReference> References { get; init; } = [];

    /// <summary>Only for <see cref="EntityKind.Treaty"/>.</summary>
    public TreatyDetails? Treaty { get; init; }
}
