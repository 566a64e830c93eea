using TreatyGraph.Core.Time;

namespace TreatyGraph.Synthetic.Dates;

/// <summary>A fuzzy date and the words an article uses for it ("in early 2019", "on 19 October 1956").</summary>
internal sealed record DatedPhrase(FuzzyDate Date, string Phrase);
