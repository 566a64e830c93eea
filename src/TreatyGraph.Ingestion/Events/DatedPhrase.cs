using TreatyGraph.Core.Time;

namespace TreatyGraph.Ingestion.Events;

/// <summary>A phrase of a sentence that dates something (a time expression or a named period), at token <see cref="Token"/>.</summary>
internal sealed record DatedPhrase(int Token, int Start, FuzzyDate Date, bool FromPeriod);
