namespace TreatyGraph.Ingestion.Mentions;

/// <summary>How a gazetteer name refers to its entity.</summary>
internal enum NameRole
{
    /// <summary>The entity's name or one of its aliases.</summary>
    Name,

    /// <summary>An adjective of nationality ("Japanese" for Japan).</summary>
    Demonym,

    /// <summary>A city that stands for a state's government ("Moscow dismissed the complaints").</summary>
    Seat,

    /// <summary>A lower-case description ("the world body").</summary>
    Epithet,
}
