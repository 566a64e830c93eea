namespace TreatyGraph.Ingestion.Mentions;

/// <summary>An office a person holds, read from a title: the role ("Foreign Minister") and whom it is held for.</summary>
internal sealed record Office(string Role, DocEntity? Of, bool Leader)
{
    /// <summary>The sentence that states it, for evidence.</summary>
    public int Sentence { get; init; }

    /// <summary>The country the office is accredited to ("Ambassador to Russia").</summary>
    public DocEntity? To { get; init; }

    /// <summary>
    /// States an office without a nationality cannot be of: those of the people it meets in its sentence ("Prime Minister
    /// X held talks with Soviet leader Y") and of the counterparts named beside it ("X ... with their Russian counterparts").
    /// </summary>
    public IReadOnlyList<DocEntity> NotOf { get; init; } = [];

    /// <summary>The states its sentence names, in order, to choose from when <see cref="NotOf"/> rules out the home country.</summary>
    public IReadOnlyList<DocEntity> SentenceStates { get; init; } = [];
}
