namespace TreatyGraph.Core.Graph;

/// <summary>A forward page: at most <see cref="First"/> items after the opaque cursor <see cref="After"/>.</summary>
public sealed record PageRequest(int First = 20, string? After = null);
