namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>How fine a calendar value is, finest first.</summary>
internal enum Granularity
{
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}
