namespace TreatyGraph.Synthetic.Names;

/// <summary>One sound of an invented name, spelled in Latin, Cyrillic and katakana.</summary>
internal sealed record Syllable(string Latin, string Cyrillic, string Kana);
