namespace TreatyGraph.Ingestion.Time;

/// <summary>TIMEX3 <c>mod</c> values that the tagger assigns.</summary>
public enum TimexMod
{
    /// <summary>"early", "the beginning of".</summary>
    Start,

    /// <summary>"mid", "the middle of".</summary>
    Mid,

    /// <summary>"late", "the end of".</summary>
    End,

    /// <summary>"about", "around".</summary>
    Approx,

    /// <summary>"more than", "just over".</summary>
    MoreThan,

    /// <summary>"less than", "nearly".</summary>
    LessThan,

    /// <summary>"at least".</summary>
    EqualOrMore,

    /// <summary>"at most", "no more than".</summary>
    EqualOrLess,
}
