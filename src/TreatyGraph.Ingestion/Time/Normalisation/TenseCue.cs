namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>A word or phrase in a sentence that tells its tense.</summary>
internal readonly record struct TenseCue(int Start, int End, Tense Tense);
