using TreatyGraph.Core.Time;

namespace TreatyGraph.Ingestion.Pipeline;

/// <summary>
/// A time expression found in the article text (offsets into it, end exclusive), its TIMEX3 type and value,
/// and the fuzzy date it denotes when it denotes one (durations and sets do not).
/// </summary>
internal sealed record TimeMention(int Start, int End, string Text, string Type, string Value, FuzzyDate? Date);
