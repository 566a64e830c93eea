namespace TreatyGraph.Exports.Timelines;

/// <summary>A slide's <c>start_date</c> and, when the fuzzy date covers a span TimelineJS should draw, its <c>end_date</c>.</summary>
public sealed record TimelineJsSpan(TimelineJsDate Start, TimelineJsDate? End = null);
