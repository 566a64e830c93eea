namespace TreatyGraph.Exports.Timelines;

/// <summary>How many parts of a date TimelineJS is given.</summary>
internal enum TimelineJsDepth
{
    Year,
    Month,
    Day,
}
