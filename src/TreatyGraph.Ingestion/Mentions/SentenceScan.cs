using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// The working state of mention finding in one sentence: which tokens a recogniser has already claimed,
/// and the mentions found so far. Recognisers run in priority order; the first to claim a token keeps it.
/// </summary>
internal sealed class SentenceScan(Sentence sentence, string text)
{
    private readonly bool[] _claimed = new bool[sentence.Tokens.Count];

    public Sentence Sentence { get; } = sentence;

    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens => Sentence.Tokens;

    public List<Mention> Mentions { get; } = [];

    public bool IsClaimed(int token) => token >= 0 && token < _claimed.Length && _claimed[token];

    public bool IsFree(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (i < 0 || i >= _claimed.Length || _claimed[i])
            {
                return false;
            }
        }

        return true;
    }

    public void Claim(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            _claimed[i] = true;
        }
    }

    public bool TryAdd(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (!IsFree(mention.First, mention.Last))
        {
            return false;
        }

        Claim(mention.First, mention.Last);
        Mentions.Add(mention);
        return true;
    }

    public string Span(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public string Word(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Text : string.Empty;

    public string Lower(int i) => Word(i).ToLowerInvariant();

    /// <summary>True when tokens from <paramref name="at"/> spell <paramref name="phrase"/> (case-insensitive, words split on spaces; '*' matches any word).</summary>
    public bool Spells(int at, string phrase, out int last)
    {
        last = at - 1;
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var i = last + 1;
            if (i >= Tokens.Count)
            {
                return false;
            }

            if (word != "*" && !string.Equals(Tokens[i].Text.Replace('\u2019', '\''), word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            last = i;
        }

        return last >= at;
    }

    public Mention? MentionAt(int token) => Mentions.Find(m => m.Covers(token));
}
