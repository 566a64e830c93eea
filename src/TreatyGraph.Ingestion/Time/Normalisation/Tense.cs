namespace TreatyGraph.Ingestion.Time.Normalisation;

/// <summary>The tense of the clause around a time expression, as far as word cues tell it.</summary>
internal enum Tense
{
    Unknown,
    Past,

    /// <summary>"had signed": a time further back than the story's own, so not an anchor for "that year".</summary>
    PastPerfect,
    Future,
}
