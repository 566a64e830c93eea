namespace TreatyGraph.Core.Graph;

/// <summary>How many more steps a bounded search may take.</summary>
internal sealed class StepBudget(int steps)
{
    public bool IsSpent => steps <= 0;

    /// <summary>Takes one step; false when none was left.</summary>
    public bool Take() => --steps >= 0;
}
