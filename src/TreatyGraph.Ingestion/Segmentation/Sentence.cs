namespace TreatyGraph.Ingestion.Segmentation;

/// <summary>A sentence of the article: its index, its span in the article text and its tokens.</summary>
internal sealed record Sentence(int Index, int Start, int End, string Text, IReadOnlyList<Token> Tokens)
{
    /// <summary>The first line of the article when it is its headline: mined for names, not for events.</summary>
    public bool IsHeadline { get; init; }

    /// <summary>Index of the first token at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > offset)
            {
                return i;
            }
        }

        return Tokens.Count;
    }
}
