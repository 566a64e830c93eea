namespace TreatyGraph.Core.Domain;

/// <summary>A range of characters, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
