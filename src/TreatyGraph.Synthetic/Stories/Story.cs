namespace TreatyGraph.Synthetic.Stories;

/// <summary>Facts reported together, in one article or a series of them published on <see cref="Published"/>.</summary>
internal sealed record Story(string Headline, DateOnly Published, IReadOnlyList<FactDraft> Facts);
