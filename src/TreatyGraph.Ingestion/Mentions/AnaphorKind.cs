namespace TreatyGraph.Ingestion.Mentions;

/// <summary>What an anaphor can point back to; coreference picks the referent by this.</summary>
internal enum AnaphorKind
{
    None,

    /// <summary>"he", "his", "the Japanese prime minister".</summary>
    Person,

    /// <summary>"the two leaders", "both leaders".</summary>
    Leaders,

    /// <summary>"the two countries", "both sides", "their two countries".</summary>
    Countries,

    /// <summary>"the islands", "the four islands", "the territories".</summary>
    Territories,

    /// <summary>"the island".</summary>
    Territory,

    /// <summary>"it", "its": a state, an organisation or a treaty.</summary>
    Thing,

    /// <summary>"they", "them", "their": people, states or islands.</summary>
    Plural,
}
