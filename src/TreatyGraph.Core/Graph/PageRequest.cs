namespace TreatyGraph.Core.Graph;

/// <summary>
/// A forward page: at most <see cref="First"/> items after the opaque cursor <see cref="After"/>. With
/// <see cref="CountTotal"/> false the caller does not need <see cref="Page{T}.TotalCount"/>: a store may skip
/// counting (costly for a hub's timeline) and leave it 0.
/// </summary>
public sealed record PageRequest(int First = 20, string? After = null, bool CountTotal = true);
