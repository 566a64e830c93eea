namespace TreatyGraph.Synthetic.Names;

/// <summary>Where a state's people get their names from: a Bogus locale, or invented Japanese-like syllables.</summary>
internal enum Culture
{
    English,
    German,
    French,
    Spanish,
    Italian,
    Polish,
    Russian,
    Japanese,
}
