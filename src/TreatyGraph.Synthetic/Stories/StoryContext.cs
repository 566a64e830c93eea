using System.Globalization;
using Bogus;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Time;
using TreatyGraph.Synthetic.Dates;
using TreatyGraph.Synthetic.World;

namespace TreatyGraph.Synthetic.Stories;

/// <summary>What stories draw on: the world, their own seeded random source, and the event numbering.</summary>
internal sealed class StoryContext(SyntheticWorld world, int seed)
{
    private int _events;

    public SyntheticWorld World { get; } = world;

    public Randomizer Random { get; } = new(seed);

    public DateForge Dates => field ??= new DateForge(Random);

    public DateOnly Between(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(Random.Int(0, to.DayNumber - from.DayNumber));

    public Event NewEvent(EventKind kind, EventStatus status, string title, FuzzyDate date, IEnumerable<Participant> participants, string? placeId, IEnumerable<string> concerns)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"event:{WireNames.Of(kind).ToLowerInvariant()}-{++_events:D7}");
        return new Event(id, kind, status, title, date)
        {
            Participants = Distinct(participants),
            PlaceId = placeId,
            Concerns = concerns.Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    private static List<Participant> Distinct(IEnumerable<Participant> participants)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return participants.Where(p => seen.Add(p.EntityId)).ToList();
    }
}
