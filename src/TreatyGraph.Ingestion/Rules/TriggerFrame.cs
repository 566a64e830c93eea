namespace TreatyGraph.Ingestion.Rules;

/// <summary>How a trigger's clause maps noun phrases to participants, place and concerns.</summary>
internal enum TriggerFrame
{
    /// <summary>Subject and "with" phrases are participants ("met with", "agreed", "negotiating").</summary>
    Joint,

    /// <summary>The subject travels to the object or "to" phrase, which is the place.</summary>
    Visit,

    /// <summary>The object is the visitor, the subject the host.</summary>
    Host,

    /// <summary>The subject takes the object territories; in the passive "into"/"by" names the taker.</summary>
    Seizure,

    /// <summary>The subject speaks.</summary>
    Speech,

    /// <summary>A modifier or "of" phrase names who holds it ("a Group of Twenty summit").</summary>
    Gathering,

    /// <summary>The subject acts on the object (signs, ratifies, revokes a treaty).</summary>
    Act,
}
