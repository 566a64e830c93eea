namespace TreatyGraph.Core.Graph;

/// <summary>Per item kind: how many were new, how many existed and were extended, how many were already as given.</summary>
public readonly record struct ChangeCount(int Created, int Updated, int Unchanged)
{
    public int Changed => Created + Updated;
}
