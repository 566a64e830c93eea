using System.Text.Json;
using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;
using TreatyGraph.Exports.Sources;

namespace TreatyGraph.Exports.Timelines;

/// <summary>
/// Writes a selection as TimelineJS 3 JSON (<c>title</c>, <c>events</c>, <c>eras</c>) straight to a stream, one
/// timeline page at a time: each page is written and flushed before the next is read, so memory stays the same
/// for ten events or a million. Undated events are left out (TimelineJS needs a start date).
/// </summary>
public sealed class TimelineJsExport(IGraphStore store)
{
    /// <summary>Events read from the store per page (and written per flush).</summary>
    public const int PageSize = 200;

    public const string MediaType = "application/json";

    public async Task WriteAsync(TimelineSelection selection, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(output);
        var sources = new SourceCatalog(store);
        var eras = new TreatyEras(store);
        eras.Consider(selection.Participants.Select(p => p.Id));
        var query = new TimelineQuery
        {
            Participants = await ParticipantStands.ExpandAsync(store, [.. selection.Participants.Select(p => p.Id)], cancellationToken),
            Match = selection.Match,
            Kinds = selection.Kinds,
            Status = selection.Status,
            From = selection.From,
            To = selection.To,
        };

        await using var json = new Utf8JsonWriter(output, TimelineJsJson.Options);
        json.WriteStartObject();
        json.WriteStartObject("title");
        TimelineJsJson.WriteText(json, SlideText.Escape(TimelineTitle.Headline(selection)), TimelineTitle.Text(selection));
        json.WriteEndObject();
        json.WriteStartArray("events");
        string? after = null;
        do
        {
            var page = await store.TimelineAsync(query with { Page = new PageRequest(PageSize, after) }, cancellationToken);
            await sources.LoadAsync(page.Edges.SelectMany(e => e.Node.Evidence), cancellationToken);
            foreach (var e in page.Edges.Select(edge => edge.Node).Where(e => e.Date is not null))
            {
                var span = TimelineJsDates.Map(e.Date!);
                WriteSlide(json, e, span, sources.Cite(e.Evidence));
                eras.Consider(e.InvolvedEntityIds());
                eras.Reached(span);
            }

            await json.FlushAsync(cancellationToken);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        json.WriteEndArray();
        await eras.WriteAsync(json, cancellationToken);
        json.WriteString("scale", "human");
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteSlide(Utf8JsonWriter json, Event e, TimelineJsSpan span, IReadOnlyList<CitedEvidence> evidence)
    {
        json.WriteStartObject();
        json.WriteString("unique_id", SlideIds.For(e.Id));
        TimelineJsJson.WriteSpan(json, span);
        json.WriteString("display_date", e.Date!.Display);
        var headline = e.Status == EventStatus.Planned ? SlideGroups.PlannedPrefix + e.Title : e.Title;
        TimelineJsJson.WriteText(json, SlideText.Escape(headline), SlideText.Evidence(evidence));
        json.WriteString("group", SlideGroups.For(e.Kind, e.Status));
        json.WriteEndObject();
    }
}
