using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Ingestion.Mentions;

namespace TreatyGraph.Ingestion.Events;

/// <summary>An event as read from one clause, before events of the article that report the same thing are merged.</summary>
internal sealed class EventDraft(EventKind kind, int sentence, int start, int end)
{
    public EventKind Kind { get; } = kind;

    public EventStatus Status { get; set; } = EventStatus.Occurred;

    public List<(DocEntity Entity, ParticipantRole Role)> Participants { get; } = [];

    public DocEntity? Place { get; set; }

    public List<DocEntity> Concerns { get; } = [];

    public FuzzyDate? Date { get; set; }

    /// <summary>The sentences and spans that report it (one per merged draft).</summary>
    public List<(int Sentence, int Start, int End)> Evidence { get; } = [(sentence, start, end)];

    /// <summary>"also agreed": a second event of the same kind, never merged with the first.</summary>
    public bool Distinct { get; set; }

    public int Sentence => Evidence[0].Sentence;

    public IEnumerable<DocEntity> ParticipantEntities => Participants.Select(p => p.Entity);

    public void AddParticipant(DocEntity entity, ParticipantRole role)
    {
        if (!Participants.Exists(p => p.Entity == entity))
        {
            Participants.Add((entity, role));
        }
    }

    public void AddConcern(DocEntity entity)
    {
        if (!Concerns.Contains(entity))
        {
            Concerns.Add(entity);
        }
    }
}
