namespace TreatyGraph.Ingestion.Mentions;

/// <summary>An office a person holds, read from a title: the role ("Foreign Minister") and whom it is held for.</summary>
internal sealed record Office(string Role, DocEntity? Of, bool Leader)
{
    /// <summary>The sentence that states it, for evidence.</summary>
    public int Sentence { get; init; }

    /// <summary>The country the office is accredited to ("Ambassador to Russia").</summary>
    public DocEntity? To { get; init; }
}
