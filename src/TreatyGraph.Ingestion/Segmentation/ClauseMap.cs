namespace TreatyGraph.Ingestion.Segmentation;

/// <summary>
/// A shallow reading of a sentence's clauses: where quotations are, and which tokens open a new clause
/// (semicolons, dashes, relative and subordinating words, ", and"/", but"). Good enough to keep a verb's
/// subject and objects inside its own clause without a parser.
/// </summary>
internal sealed class ClauseMap
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "although", "though", "because", "after",
        "before", "until", "if", "unless", "but", "however", "as", "once", "since",
    };

    private readonly bool[] _opens;
    private readonly bool[] _quoted;

    public ClauseMap(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        _opens = new bool[tokens.Count];
        _quoted = new bool[tokens.Count];
        var inQuote = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Text;
            if (t is "\u201c" or "\u201d" or "\"")
            {
                inQuote = t == "\u201c" || (t == "\"" && !inQuote);
                if (t == "\u201d")
                {
                    inQuote = false;
                }

                _opens[i] = true;
                continue;
            }

            _quoted[i] = inQuote;
            var previous = i > 0 ? tokens[i - 1].Text : string.Empty;
            _opens[i] = t is ";" or ":" or "--" or "\u2014" || (t == "\u2013" && tokens[i].SpaceBefore)
                || (Openers.Contains(t) && !(t is "that" && previous is "so" or "such" or "now"))
                || (t is "and" or "but" && previous == ",");
        }
    }

    public int Count => _opens.Length;

    public bool IsQuoted(int token) => token >= 0 && token < _quoted.Length && _quoted[token];

    public bool Opens(int token) => token >= 0 && token < _opens.Length && _opens[token];

    /// <summary>The first token of the clause holding <paramref name="token"/>.</summary>
    public int StartOf(int token)
    {
        for (var i = Math.Min(token, _opens.Length - 1); i > 0; i--)
        {
            if (_opens[i] && i != token)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The last token of the clause holding <paramref name="token"/>.</summary>
    public int EndOf(int token)
    {
        for (var i = token + 1; i < _opens.Length; i++)
        {
            if (_opens[i])
            {
                return i - 1;
            }
        }

        return _opens.Length - 1;
    }
}
