using TreatyGraph.Core.Domain;
using TreatyGraph.Ingestion.Segmentation;

namespace TreatyGraph.Ingestion.Mentions;

/// <summary>
/// A stretch of one sentence (tokens <see cref="First"/>..<see cref="Last"/>, inclusive) that refers to one
/// entity, or to a group of them (<see cref="Group"/>: "the two leaders", "them").
/// </summary>
internal sealed class Mention
{
    public required Sentence Sentence { get; init; }

    public required int First { get; init; }

    public required int Last { get; init; }

    public required EntityKind Kind { get; set; }

    public required MentionForm Form { get; init; }

    public DocEntity? Entity { get; set; }

    public List<DocEntity> Group { get; } = [];

    /// <summary>Gazetteer entries that matched, before context chose among them.</summary>
    public IReadOnlyList<GazetteerEntry> Candidates { get; init; } = [];

    /// <summary>For treaty mentions, what the words say about the treaty.</summary>
    public TreatyTraits? Treaty { get; init; }

    /// <summary>Title words around a person's name ("Japanese Prime Minister").</summary>
    public Office? Office { get; set; }

    /// <summary>The country or organisation named before a person's title ("Japanese" in "Japanese Prime Minister").</summary>
    public Mention? OfficePrefix { get; set; }

    /// <summary>Proper name given by a pattern when no gazetteer entry named it.</summary>
    public string? NewName { get; set; }

    /// <summary>The first token of the whole phrase, title and prefix included ("Japanese" in "Japanese Prime Minister Shinzo Abe").</summary>
    public int Lead { get; set; } = -1;

    public int LeadFirst => Lead >= 0 ? Math.Min(Lead, First) : First;

    /// <summary>What an anaphor or pronoun may point back to.</summary>
    public AnaphorKind Anaphor { get; init; }

    /// <summary>"the four islands": how many the group has, when it says.</summary>
    public int Count { get; init; }

    /// <summary>A possessive ("his", "its", "their").</summary>
    public bool Possessor { get; init; }

    /// <summary>A nationality that acts as its state ("Soviet troops", "the Soviet government").</summary>
    public bool Agentive { get; set; }

    /// <summary>For role descriptions ("the Japanese prime minister"): the title and the nationality mention.</summary>
    public string? RoleTitle { get; init; }

    public Mention? RoleOf { get; init; }

    /// <summary>For "the southern half of X": the mention of X.</summary>
    public Mention? WholeOf { get; set; }

    public int Start => Sentence.Tokens[First].Start;

    public int End => Sentence.Tokens[Last].End;

    public int SentenceIndex => Sentence.Index;

    public string Surface(string text) => text[Start..End];

    /// <summary>The entities this mention stands for: its group, else its entity.</summary>
    public IReadOnlyList<DocEntity> Referents => Group.Count > 0 ? Group : Entity is null ? [] : [Entity];

    public bool Covers(int token) => token >= First && token <= Last;

    /// <summary>The same mention reaching to token <paramref name="last"/>.</summary>
    public Mention Extend(int last) => new()
    {
        Sentence = Sentence,
        First = First,
        Last = last,
        Kind = Kind,
        Form = Form,
        Entity = Entity,
        Candidates = Candidates,
        Treaty = Treaty,
        Office = Office,
        OfficePrefix = OfficePrefix,
        NewName = NewName,
        WholeOf = WholeOf,
        Lead = Lead,
        Anaphor = Anaphor,
        Count = Count,
        Possessor = Possessor,
        Agentive = Agentive,
        RoleTitle = RoleTitle,
        RoleOf = RoleOf,
    };

    public override string ToString() => $"{Kind}:{Sentence.Text[(Start - Sentence.Start)..(End - Sentence.Start)]}@{SentenceIndex}";
}
