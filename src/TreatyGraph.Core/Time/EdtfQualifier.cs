namespace TreatyGraph.Core.Time;

/// <summary>EDTF level-1 qualification of a date: <c>?</c> uncertain, <c>~</c> approximate, <c>%</c> both.</summary>
[Flags]
public enum EdtfQualifier
{
    None = 0,
    Uncertain = 1,
    Approximate = 2,
}
