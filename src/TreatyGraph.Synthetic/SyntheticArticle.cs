using TreatyGraph.Core.Domain;

namespace TreatyGraph.Synthetic;

/// <summary>A generated article: the key its evidence uses in JSONL files, and the article itself (id from its text, sentences segmented).</summary>
public sealed record SyntheticArticle(string Key, Article Article);
