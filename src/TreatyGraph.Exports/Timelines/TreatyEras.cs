using System.Text.Json;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;

namespace TreatyGraph.Exports.Timelines;

/// <summary>
/// The <c>eras</c> of a timeline: while each selected treaty was in force (<see cref="TreatyDetails.InForce"/>).
/// TimelineJS needs both ends of an era and drops an end equal to its start, so a treaty still in force runs to
/// the timeline's last date, and an era that would not span anything is left out.
/// </summary>
internal sealed class TreatyEras(IGraphStore store)
{
    private const int LookupChunk = 500;

    private readonly HashSet<string> _treatyIds = new(StringComparer.Ordinal);

    /// <summary>The latest date any slide reaches, where an open era ends.</summary>
    public TimelineJsDate? LastDate { get; private set; }

    public void Consider(IEnumerable<string> entityIds)
    {
        foreach (var id in entityIds)
        {
            if (EntityIds.KindOf(id) == EntityKind.Treaty)
            {
                _treatyIds.Add(id);
            }
        }
    }

    public void Reached(TimelineJsSpan span)
    {
        var last = span.End ?? span.Start;
        if (LastDate is not { } known || last.SortKey > known.SortKey)
        {
            LastDate = last;
        }
    }

    public async Task WriteAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var eras = new List<(TimelineJsSpan Span, Entity Treaty)>();
        foreach (var chunk in _treatyIds.Order(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var treaties = await store.GetEntitiesAsync(chunk, cancellationToken);
            foreach (var treaty in treaties.Values)
            {
                if (treaty.Treaty?.InForce is { } inForce && Span(TimelineJsDates.Map(inForce), inForce.IsInterval && inForce.Latest is not null) is { } span)
                {
                    eras.Add((span, treaty));
                }
            }
        }

        json.WriteStartArray("eras");
        foreach (var (span, treaty) in eras.OrderBy(e => e.Span.Start.SortKey).ThenBy(e => e.Treaty.Name, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            TimelineJsJson.WriteSpan(json, span);
            TimelineJsJson.WriteText(json, SlideText.Escape($"{treaty.Name} in force"), SlideText.Escape(treaty.Treaty!.InForce!.Display));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private TimelineJsSpan? Span(TimelineJsSpan mapped, bool hasEnd)
    {
        var end = hasEnd ? mapped.End ?? mapped.Start : LastDate;
        return end is { } e && e.SortKey > mapped.Start.SortKey ? mapped with { End = e } : null;
    }
}
