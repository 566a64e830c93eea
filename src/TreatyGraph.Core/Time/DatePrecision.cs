namespace TreatyGraph.Core.Time;

/// <summary>How finely a fuzzy date is known, finest first.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Season,
    Quarter,

    /// <summary>A third of a year (EDTF 37–39), shown as "early", "mid-" and "late".</summary>
    Quadrimester,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}
