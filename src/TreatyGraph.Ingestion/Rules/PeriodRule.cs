namespace TreatyGraph.Ingestion.Rules;

/// <summary>A named period or turning point used as a date ("the end of World War II"); dates in EDTF.</summary>
internal sealed record PeriodRule(string Name, string Span, string Start, string End)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The state whose end this turning point is ("Soviet collapse" ends the Soviet Union).</summary>
    public string? Ends { get; init; }
}
