namespace TreatyGraph.Ingestion.Mentions;

/// <summary>Which part of a period a phrase points at: "the end of World War II", "the outbreak of", or the whole of it.</summary>
internal enum PeriodPart
{
    Whole,
    Start,
    End,
}
