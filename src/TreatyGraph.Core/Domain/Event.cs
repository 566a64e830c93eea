using TreatyGraph.Core.Time;

namespace TreatyGraph.Core.Domain;

/// <summary>
/// Something that happened or is planned, at a possibly fuzzy <see cref="Date"/>, with its
/// participants, place, the entities it concerns and the evidence for it.
/// </summary>
public sealed record Event(string Id, EventKind Kind, EventStatus Status, string Title, FuzzyDate? Date)
{
    public IReadOnlyList<Participant> Participants { get; init; } = [];

    public string? PlaceId { get; init; }

    public IReadOnlyList<string> Concerns { get; init; } = [];

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Every entity the event involves: participants, then place, then concerns, without repeats.</summary>
    public IEnumerable<string> InvolvedEntityIds()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Participants)
        {
            if (seen.Add(p.EntityId))
            {
                yield return p.EntityId;
            }
        }

        if (PlaceId is not null && seen.Add(PlaceId))
        {
            yield return PlaceId;
        }

        foreach (var c in Concerns)
        {
            if (seen.Add(c))
            {
                yield return c;
            }
        }
    }
}
