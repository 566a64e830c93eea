using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Graph;

/// <summary>
/// The <see cref="First"/> shortest simple paths (no entity twice) of at most <see cref="MaxHops"/> hops,
/// through facts that held at some time inside <see cref="AsOf"/> (events: dated no later than its end).
/// </summary>
public sealed record PathQuery(string FromId, string ToId, int MaxHops = 3, FuzzyDate? AsOf = null, int First = 5)
{
    /// <summary>The most hops anyone may ask for: beyond it everything connects to everything.</summary>
    public const int MaxHopsCap = 6;
}
