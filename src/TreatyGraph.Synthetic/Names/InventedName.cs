namespace TreatyGraph.Synthetic.Names;

/// <summary>An invented name in three scripts, so that search can be exercised across Latin, Cyrillic and Japanese.</summary>
internal sealed record InventedName(string Latin, string Cyrillic, string Kana);
