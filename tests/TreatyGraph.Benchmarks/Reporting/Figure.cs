namespace TreatyGraph.Benchmarks.Reporting;

/// <summary>
/// One row of the report: a measured value beside its baseline, the ratio between them, the target it is
/// held to (if any) and whether it meets it. <see cref="HigherIsBetter"/> says which way the target points.
/// </summary>
internal sealed record Figure(
    int Scale,
    string Name,
    double Value,
    string Unit,
    string Baseline,
    double BaselineValue,
    string? Target = null,
    bool? Met = null,
    bool HigherIsBetter = false)
{
    public double Ratio => BaselineValue == 0 || double.IsNaN(BaselineValue) ? double.NaN : Value / BaselineValue;
}
