using TreatyGraph.Core.Domain;
using TreatyGraph.Core.Graph;
using TreatyGraph.Exports.Filters;

namespace TreatyGraph.Exports.Timelines;

/// <summary>The title slide: who the timeline is about and which filters made it, so a shared export explains itself.</summary>
internal static class TimelineTitle
{
    public static string Headline(TimelineSelection selection) =>
        selection.Participants.Count == 0
            ? "Diplomatic history"
            : string.Join(" – ", selection.Participants.Select(p => p.Name));

    public static string Text(TimelineSelection selection)
    {
        var lines = new List<string>();
        if (selection.Participants.Count > 0)
        {
            var joiner = selection.Match == ParticipantMatch.All ? " and " : " or ";
            lines.Add($"Events involving {string.Join(joiner, selection.Participants.Select(p => p.Name))}, "
                + "or whoever stood for them at the time (their leaders in office, the states they succeeded).");
        }

        if (selection.From is not null || selection.To is not null)
        {
            lines.Add((selection.From, selection.To) switch
            {
                ({ } from, { } to) => $"From {from.Display} to {to.Display}.",
                ({ } from, null) => $"From {from.Display} on.",
                _ => $"Up to {selection.To!.Display}.",
            });
        }

        if (selection.Kinds.Count > 0)
        {
            lines.Add($"Kinds: {string.Join(", ", selection.Kinds.Select(k => SlideGroups.For(k, EventStatus.Occurred)))}.");
        }

        if (selection.Status is { } status)
        {
            lines.Add(status == EventStatus.Planned ? "Only planned events." : "Only events that took place.");
        }

        lines.Add("Every slide quotes its sources. Made with TreatyGraph.");
        return string.Concat(lines.Select(line => $"<p>{SlideText.Escape(line)}</p>"));
    }
}
