namespace TreatyGraph.Ingestion.Segmentation;

/// <summary>A word, number or punctuation mark with its character offsets in the article text (end exclusive).</summary>
internal readonly record struct Token(int Start, int End, string Text, bool SpaceBefore)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAllCaps => Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);

    public bool IsNumber => Text.Length > 0 && Text.All(char.IsDigit);

    /// <summary>"'s" or "’s", the possessive ending, split off its word.</summary>
    public bool IsPossessive => Text is "'s" or "\u2019s" or "'" or "\u2019";

    public string Lower => Text.ToLowerInvariant();
}
