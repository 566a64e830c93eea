namespace TreatyGraph.Ingestion.Mentions;

/// <summary>How a stretch of text refers to an entity.</summary>
internal enum MentionForm
{
    /// <summary>A proper name or alias ("Shinzo Abe", "USSR").</summary>
    Name,

    /// <summary>An adjective of nationality ("Japanese").</summary>
    Demonym,

    /// <summary>A capital standing for its government ("Moscow dismissed").</summary>
    Seat,

    /// <summary>A description that names one thing ("the world body", "a peace treaty").</summary>
    Description,

    /// <summary>A role or definite description pointing back ("the Japanese prime minister", "the declaration").</summary>
    Anaphor,

    /// <summary>A pronoun ("he", "its", "them").</summary>
    Pronoun,
}
