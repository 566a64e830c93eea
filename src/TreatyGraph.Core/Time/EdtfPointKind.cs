namespace TreatyGraph.Core.Time;

/// <summary>A date, an open end (<c>..</c>) or an unknown end (empty) of an interval.</summary>
internal enum EdtfPointKind
{
    Date,
    Open,
    Unknown,
}
